<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>App</name>
        <message>
            <location filename="../../desk_app/ui/app.py" line="44" />
            <source>Cannot open the database:
%1</source>
            <translation>无法打开数据库：
%1</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="27" />
            <source>Consultation</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="28" />
            <source>Repair</source>
            <translation>报修</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="29" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="30" />
            <source>Suggestion</source>
            <translation>建议</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="31" />
            <source>Praise</source>
            <translation>表扬</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="32" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="43" />
            <source>Open</source>
            <translation>待跟进</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="44" />
            <source>Following</source>
            <translation>跟进中</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="45" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="59" />
            <source>Reached</source>
            <translation>已接通</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="60" />
            <source>No answer</source>
            <translation>无人接听</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="61" />
            <source>Busy</source>
            <translation>占线</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="62" />
            <source>Wrong number</source>
            <translation>号码错误</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="40" />
            <source>who (name)</source>
            <translation>来电人姓名（谁）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="41" />
            <source>where (room or place)</source>
            <translation>房号或地点（哪里）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="42" />
            <source>since when</source>
            <translation>发生时间（从何时起）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="43" />
            <source>how to reach them (phone)</source>
            <translation>联系电话（怎么联系）</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="44" />
            <source>what happened</source>
            <translation>事情内容（什么事）</translation>
        </message>
    </context>
    <context>
        <name>ContactsForm</name>
        <message>
            <location filename="../../forms/contacts_page.ui" line="10" />
            <source>Log a call or visit</source>
            <translation>来电来访登记</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="12" />
            <source>&amp;Room</source>
            <translation>房号(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="13" />
            <source>3-2-1501, phone digits or surname</source>
            <translation>3-2-1501、电话尾号、姓氏或拼音首字母</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="14" />
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="16" />
            <source>P&amp;hone</source>
            <translation>电话(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="18" />
            <source>Cate&amp;gory</source>
            <translation>类别(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="20" />
            <source>S&amp;ince</source>
            <translation>发生时间(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="21" />
            <source>e.g. since yesterday evening</source>
            <translation>如：昨天晚上开始</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="22" />
            <source>Channe&amp;l</source>
            <translation>方式(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="24" />
            <source>&amp;What</source>
            <translation>内容(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="26" />
            <source>Forwarded &amp;to</source>
            <translation>流转部门(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="28" />
            <source>Per&amp;son</source>
            <translation>流转人(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="30" />
            <source>Ti&amp;me</source>
            <translation>登记时间(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="32" />
            <source>Follow-&amp;up</source>
            <translation>跟进状态(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="34" />
            <source>Res&amp;ult</source>
            <translation>跟进结果(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="36" />
            <source>Call outc&amp;ome</source>
            <translation>通话结果(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="42" />
            <source>New (Esc)</source>
            <translation>新登记 (Esc)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="43" />
            <source>Create &amp;work order…</source>
            <translation>转派工单(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="44" />
            <source>&amp;Save (Ctrl+Enter)</source>
            <translation>保存(&amp;S) (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="52" />
            <source>This home's recent records</source>
            <translation>本户近期记录</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="62" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="64" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="70" />
            <source>Room or building</source>
            <translation>房号或楼栋</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="71" />
            <source>Search the content (2+ characters)</source>
            <translation>搜索内容（至少 2 个字）</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="72" />
            <source>Overdue only</source>
            <translation>只看超时</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="80" />
            <source>History…</source>
            <translation>修改记录…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="81" />
            <source>&amp;Void…</source>
            <translation>作废(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="82" />
            <source>Mark &amp;reviewed…</source>
            <translation>审核(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="83" />
            <source>Sign the &amp;day…</source>
            <translation>当日签字(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="84" />
            <source>&amp;Print register…</source>
            <translation>打印登记表(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="85" />
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="172" />
            <source>(not forwarded)</source>
            <translation>（未流转）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="181" />
            <source>All channels</source>
            <translation>全部方式</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="184" />
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="189" />
            <source>Any follow-up</source>
            <translation>全部跟进状态</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="192" />
            <source>Anyone</source>
            <translation>全部接待人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="206" />
            <source>Work orders arrive with a later version.</source>
            <translation>派工单功能将在后续版本中提供。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="232" />
            <source>Serial</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="233" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="234" />
            <source>Channel</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="235" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="236" />
            <source>Room / place</source>
            <translation>房号/地点</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="237" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="239" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="241" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="242" />
            <source>Received by</source>
            <translation>接待人</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="243" />
            <source>Forwarded to</source>
            <translation>流转</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="244" />
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="245" />
            <source>Reviewed</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="263" />
            <source>Voided: %1</source>
            <translation>已作废：%1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="265" />
            <source>Follow-up overdue</source>
            <translation>跟进已超时</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="309" />
            <source>Log a call or visit</source>
            <translation>来电来访登记</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="345" />
            <source>Logged %1.</source>
            <translation>已登记 %1。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="350" />
            <source>Amend a signed day</source>
            <translation>修改已签字的记录</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="350" />
            <source>Reason for the amendment:</source>
            <translation>修改原因：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="355" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="371" />
            <source>Amend %1</source>
            <translation>修改 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_app/ui/contacts_page.py" line="417" />
            <source>%n entries</source>
            <translation>
                <numerusform>共 %n 条</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="422" />
            <source>Signed by %1 at %2</source>
            <translation>%1 已于 %2 签字</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="435" />
            <source>Select an entry in the list first.</source>
            <translation>请先在列表中选择一条记录。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="454" />
            <source>Void %1</source>
            <translation>作废 %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="454" />
            <source>Reason for voiding:</source>
            <translation>作废原因：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="459" />
            <source>%1 voided.</source>
            <translation>%1 已作废。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="467" />
            <source>Review %1</source>
            <translation>审核 %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="467" />
            <source>Remark (optional):</source>
            <translation>审核意见（可不填）：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="472" />
            <source>%1 reviewed.</source>
            <translation>%1 已审核。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="478" />
            <source>Show a single day to sign it.</source>
            <translation>请先把日期范围设为同一天，再签字。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="483" />
            <source>Sign the day</source>
            <translation>当日签字</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="485" />
            <source>Sign %1 with %2 entries (%3 reviewed)? Signed entries can only be amended by a supervisor, with a reason.</source>
            <translation>确认签字 %1 的 %2 条登记（已审核 %3 条）？签字后只有主管可以修改，且须填写原因。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="494" />
            <source>%1 signed.</source>
            <translation>%1 已签字。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="513" />
            <source>History of %1</source>
            <translation>%1 的修改记录</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="528" />
            <source>Contact register %1</source>
            <translation>来电来访登记表 %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="538" />
            <source>Export contacts</source>
            <translation>导出来电来访</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="540" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="547" />
            <source>Exported to %1.</source>
            <translation>已导出到 %1。</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" line="27" />
            <source>Days not yet signed (contact log)</source>
            <translation>来电来访登记未签字的日期</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" line="42" />
            <source>Today %1: %2 calls and visits logged.</source>
            <translation>今天 %1：已登记来电来访 %2 条。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" line="47" />
            <source>Follow-ups overdue: %1</source>
            <translation>跟进超时：%1 条</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" line="55" />
            <source>Every day is signed.</source>
            <translation>所有日期都已签字。</translation>
        </message>
    </context>
    <context>
        <name>DepartmentDialog</name>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="123" />
            <source>New department</source>
            <translation>新建部门</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="123" />
            <source>Edit department</source>
            <translation>编辑部门</translation>
        </message>
    </context>
    <context>
        <name>DepartmentForm</name>
        <message>
            <location filename="../../forms/department_dialog.ui" line="6" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../forms/department_dialog.ui" line="12" />
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../forms/department_dialog.ui" line="19" />
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="20" />
            <source>The operation failed.</source>
            <translation>操作失败。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="36" />
            <source>The input is not valid.</source>
            <translation>输入内容无效。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="40" />
            <source>The record was not found.</source>
            <translation>找不到该记录。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="44" />
            <source>Your role ({role}) may not {action}.</source>
            <translation>您的角色（{role}）无权{action}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="48" />
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="52" />
            <source>Too many failed logins: the account is locked until {until}.</source>
            <translation>登录失败次数过多，账号已锁定至 {until}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="58" />
            <source>This account has been disabled.</source>
            <translation>该账号已停用。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="62" />
            <source>The record already exists.</source>
            <translation>该记录已存在。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="66" />
            <source>This database was written by a newer version of the program (schema {found}). This version knows schema {known} at most; install the newer version.</source>
            <translation>此数据库由更新版本的程序写入（结构版本 {found}）。本程序最高只支持结构版本 {known}，请安装新版本。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="33" />
            <source>{label}: choose one of {choices}.</source>
            <translation>{label}：请从 {choices} 中选择。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="40" />
            <source>{label}: at most {n} characters.</source>
            <translation>{label}：最多 {n} 个字符。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="52" />
            <source>{label}: enter a number.</source>
            <translation>{label}：请输入数字。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="60" />
            <source>{label}: enter a value from {low} to {high}.</source>
            <translation>{label}：请输入 {low} 到 {high} 之间的值。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="91" />
            <source>The password needs at least {n} characters.</source>
            <translation>密码至少需要 {n} 个字符。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="101" />
            <source>The user name must be 1–40 characters without spaces.</source>
            <translation>用户名须为 1–40 个字符，不能含空格。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="111" />
            <source>Enter the person's name (at most 40 characters).</source>
            <translation>请输入姓名（最多 40 个字符）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="135" />
            <source>The administrator has already been created.</source>
            <translation>管理员账号已经创建过了。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="224" />
            <source>The current password is wrong.</source>
            <translation>当前密码不正确。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="256" />
            <source>The user name {name} is taken.</source>
            <translation>用户名 {name} 已被使用。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="303" />
            <source>You cannot disable your own account.</source>
            <translation>不能停用自己的账号。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="370" />
            <source>Enter the department's name (at most 40 characters).</source>
            <translation>请输入部门名称（最多 40 个字符）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="378" />
            <source>A department named {name} already exists.</source>
            <translation>已有名为 {name} 的部门。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="455" />
            <source>No user with number {id}.</source>
            <translation>找不到编号为 {id} 的用户。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="463" />
            <source>No department with number {id}.</source>
            <translation>找不到编号为 {id} 的部门。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="476" />
            <source>At least one active administrator must remain.</source>
            <translation>必须至少保留一个启用的管理员账号。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="485" />
            <source>Unknown role {role}.</source>
            <translation>未知角色 {role}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/demo.py" line="48" />
            <source>The database already has users; demo data goes into a new database.</source>
            <translation>该数据库已有用户；演示数据只能写入新数据库。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" line="52" />
            <source>Unknown setting {key}.</source>
            <translation>未知设置项 {key}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="51" />
            <source>Enter a phone number.</source>
            <translation>请输入电话号码。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="57" />
            <source>Phone {phone}: only mainland numbers (+86) can be registered.</source>
            <translation>电话 {phone}：只能登记中国大陆号码（+86）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="75" />
            <source>Phone {phone}: use digits only.</source>
            <translation>电话 {phone}：只能包含数字。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="86" />
            <source>Phone {phone}: a mobile number has 11 digits, this one has {n}.</source>
            <translation>电话 {phone}：手机号应为 11 位，这里是 {n} 位。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="95" />
            <source>Phone {phone}: mobile numbers begin with 13 to 19.</source>
            <translation>电话 {phone}：手机号应以 13 至 19 开头。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="105" />
            <source>Phone {phone}: add the area code, for example 0571-88886666.</source>
            <translation>电话 {phone}：请加上区号，例如 0571-88886666。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="112" />
            <source>Phone {phone} is not a phone number: give an 11-digit mobile or a landline with its area code.</source>
            <translation>{phone} 不是电话号码：请填写 11 位手机号，或带区号的固定电话。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="125" />
            <source>Phone {phone}: an area code is 3 or 4 digits beginning with 0.</source>
            <translation>电话 {phone}：区号应为以 0 开头的 3 或 4 位数字。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="133" />
            <source>Phone {phone}: after the area code {area} a landline has 7 or 8 digits.</source>
            <translation>电话 {phone}：区号 {area} 之后的号码应为 7 或 8 位。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="237" />
            <source>ID number {id}: this is an old 15-digit number; ask for the 18-digit number on the current card.</source>
            <translation>身份证号 {id}：这是旧的 15 位号码，请询问现行身份证上的 18 位号码。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="249" />
            <source>ID number {id}: an ID number has 18 characters, this one has {n}.</source>
            <translation>身份证号 {id}：应为 18 位，这里是 {n} 位。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="258" />
            <source>ID number {id}: the first 17 characters are digits and the last is a digit or X.</source>
            <translation>身份证号 {id}：前 17 位应为数字，最后一位为数字或 X。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="267" />
            <source>ID number {id}: the check digit does not match; a digit was probably mistyped.</source>
            <translation>身份证号 {id}：校验位不符，可能输错了一位。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="279" />
            <source>ID number {id}: the birth date in it (digits 7-14) is not a date.</source>
            <translation>身份证号 {id}：第 7–14 位的出生日期无效。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="287" />
            <source>ID number {id}: the region code {region} does not exist.</source>
            <translation>身份证号 {id}：地区代码 {region} 不存在。</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="296" />
            <source>ID number {id}: the birth date in it is in the future.</source>
            <translation>身份证号 {id}：出生日期晚于今天。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="178" />
            <source>A channel needs a code and a name of at most 20 characters.</source>
            <translation>来访方式需要代码和名称，各不超过 20 个字符。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="216" />
            <source>{day} has been signed; only a supervisor can add to it.</source>
            <translation>{day} 已签字，只有主管可以补登。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="246" />
            <source>An entry stays on its day ({day}); void it and log it again.</source>
            <translation>登记不能改到其他日期（{day}）；请作废后重新登记。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="342" />
            <location filename="../../desk_app/services/contacts.py" line="370" />
            <source>{day} has already been signed.</source>
            <translation>{day} 已经签过字了。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="365" />
            <source>{day} has not come yet.</source>
            <translation>{day} 还没到。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="626" />
            <source>Choose a channel from the list.</source>
            <translation>请从列表中选择来访方式。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="649" />
            <source>The time lies in the future.</source>
            <translation>时间晚于现在。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="658" />
            <source>Please fill in {what}: the five clear points of intake.</source>
            <translation>请填写{what}——登记要做到“五清楚”。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="680" />
            <source>{day} has been signed; only a supervisor can amend its entries.</source>
            <translation>{day} 已签字，只有主管可以修改当日记录。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="692" />
            <source>Only the clerk who logged an entry can change it.</source>
            <translation>只有登记人本人可以修改这条记录。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="699" />
            <source>Entry {serial} has been voided.</source>
            <translation>记录 {serial} 已作废。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="710" />
            <source>No entry with number {id}.</source>
            <translation>找不到编号为 {id} 的记录。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="817" />
            <source>Give a reason (at least two characters).</source>
            <translation>请填写原因（至少 2 个字）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/export.py" line="23" />
            <source>Unknown export format {fmt}; use csv or xlsx.</source>
            <translation>未知的导出格式 {fmt}，请用 csv 或 xlsx。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="347" />
            <source>Date {value}: write it like 2024-05-01.</source>
            <translation>日期 {value}：请写成 2024-05-01 这样的格式。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="359" />
            <source>ID number {value} was stored as a number by Excel and has lost its last digits: format the column as text and type the number again.</source>
            <translation>身份证号 {value} 被 Excel 存成了数字，末几位已丢失：请把该列设为文本格式后重新输入。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="375" />
            <source>Relation {value} is not known: write 业主, 家属 or 租户.</source>
            <translation>身份“{value}”无法识别：请填写 业主、家属 或 租户。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="424" />
            <source>{path}: no header row found. The sheet needs a room column (房号) and a name column (姓名) in its first {n} rows.</source>
            <translation>{path}：找不到表头。表格前 {n} 行中需要有房号列和姓名列。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="539" />
            <source>No room given.</source>
            <translation>没有填写房号。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="548" />
            <source>No community: name it (--community, or the 小区 column) since several or none are registered.</source>
            <translation>未指定小区：系统中有多个小区或还没有小区，请用 --community 或“小区”列指明。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="574" />
            <location filename="../../desk_app/services/residents.py" line="283" />
            <source>At most {n} phone numbers per resident.</source>
            <translation>每位住户最多登记 {n} 个电话。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="647" />
            <location filename="../../desk_app/services/resident_import.py" line="739" />
            <source>Room {value} cannot be read: write it like 3-2-1501 or 3栋2单元1501.</source>
            <translation>房号 {value} 无法识别：请写成 3-2-1501 或 3栋2单元1501。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="661" />
            <location filename="../../desk_app/services/residents.py" line="374" />
            <source>Building {value}: write it like 3, 3栋 or 12#.</source>
            <translation>楼栋 {value}：请写成 3、3栋 或 12#。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="673" />
            <location filename="../../desk_app/services/residents.py" line="385" />
            <source>Unit {value}: write it like 2 or 2单元.</source>
            <translation>单元 {value}：请写成 2 或 2单元。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="692" />
            <source>Room {value} is in building {room_building}, the building column says {building}.</source>
            <translation>房号 {value} 属于 {room_building} 栋，楼栋列却写的是 {building}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="708" />
            <source>Room {value} is in unit {room_unit}, the unit column says {unit}.</source>
            <translation>房号 {value} 属于 {room_unit} 单元，单元列却写的是 {unit}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="725" />
            <source>Room {value} has no building: add a building column (楼栋) or write it like 3-2-1501.</source>
            <translation>房号 {value} 没有楼栋：请增加“楼栋”列，或写成 3-2-1501。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="954" />
            <source>{name} is registered with ID number {stored}, the file has {given}: check and correct the record by hand.</source>
            <translation>{name} 登记的身份证号是 {stored}，文件中是 {given}：请核实后手工更正。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="970" />
            <source>{name} is registered as {stored}, the file says {given}: correct the record by hand if they changed.</source>
            <translation>{name} 登记的身份是 {stored}，文件中是 {given}：如有变化请手工更正。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="985" />
            <source>The register gives room {room} an area of {stored} m², the file {given} m²: correct the room by hand.</source>
            <translation>档案中房间 {room} 的面积是 {stored} 平方米，文件中是 {given} 平方米：请手工更正。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="1051" />
            <source>{name} in {room} is already on row {first}: imported once only.</source>
            <translation>{room} 的 {name} 已在第 {first} 行出现：只导入一次。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="252" />
            <source>Enter the resident's name.</source>
            <translation>请输入住户姓名。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="256" />
            <location filename="../../desk_app/services/residents.py" line="305" />
            <source>A name has at most {n} characters.</source>
            <translation>姓名最多 {n} 个字符。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="268" />
            <source>Unknown relation {value}: owner, family or tenant.</source>
            <translation>未知身份 {value}：应为业主、家属或租户。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="299" />
            <location filename="../../desk_app/services/residents.py" line="897" />
            <source>The move-out date is before the move-in date.</source>
            <translation>迁出日期早于入住日期。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="335" />
            <location filename="../../desk_app/services/residents.py" line="341" />
            <source>Area {value}: enter the square metres as a number.</source>
            <translation>面积 {value}：请填写平方米数。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="353" />
            <source>Unknown occupancy state {value}.</source>
            <translation>未知的入住状态 {value}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="363" />
            <source>Room number {value}: write it like 1501.</source>
            <translation>房间号 {value}：请写成 1501 这样的格式。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="566" />
            <source>Enter the community's name (at most {n} characters).</source>
            <translation>请输入小区名称（最多 {n} 个字符）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="573" />
            <source>The community {name} already exists.</source>
            <translation>小区 {name} 已存在。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="676" />
            <location filename="../../desk_app/services/residents.py" line="1051" />
            <source>No such room.</source>
            <translation>找不到该房间。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="726" />
            <source>No such community.</source>
            <translation>找不到该小区。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="731" />
            <source>Choose the community the room belongs to.</source>
            <translation>请选择房间所属的小区。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="750" />
            <location filename="../../desk_app/services/residents.py" line="771" />
            <location filename="../../desk_app/services/residents.py" line="964" />
            <source>Room {room} is already registered.</source>
            <translation>房间 {room} 已登记。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="783" />
            <source>Floor {value} is not a floor of a building.</source>
            <translation>楼层 {value} 无效。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="890" />
            <source>{name} already moved out on {day}.</source>
            <translation>{name} 已于 {day} 迁出。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="914" />
            <source>Give the reason for voiding the record.</source>
            <translation>请填写作废原因。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="1058" />
            <source>No such resident.</source>
            <translation>找不到该住户。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="1065" />
            <source>This record was voided and cannot be changed.</source>
            <translation>该记录已作废，不能修改。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="1082" />
            <source>{name} is already registered in {room}.</source>
            <translation>{name} 已登记在 {room}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tabular.py" line="33" />
            <source>File {path} not found.</source>
            <translation>找不到文件 {path}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tabular.py" line="42" />
            <source>{path} is an old Excel 97 file: open it in Excel and save it as .xlsx or CSV.</source>
            <translation>{path} 是旧版 Excel 97 文件：请用 Excel 打开并另存为 .xlsx 或 CSV。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tabular.py" line="50" />
            <source>{path}: import reads .xlsx and .csv files.</source>
            <translation>{path}：只能导入 .xlsx 和 .csv 文件。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tabular.py" line="63" />
            <source>{path} cannot be read as an Excel workbook.</source>
            <translation>{path} 无法作为 Excel 工作簿读取。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tabular.py" line="88" />
            <source>{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8.</source>
            <translation>{path} 既不是 UTF-8 也不是 GBK 编码：请重新另存为“CSV UTF-8”。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../desk_app/ui/login.py" line="54" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunForm</name>
        <message>
            <location filename="../../forms/first_run.ui" line="6" />
            <source>Set up the administrator</source>
            <translation>创建管理员</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="10" />
            <source>This database has no users yet. Create the administrator account: it manages users, departments and settings.</source>
            <translation>数据库中还没有用户。请创建管理员账号：管理员负责管理用户、部门和系统设置。</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="18" />
            <source>Service &amp;center name</source>
            <translation>服务中心名称(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="25" />
            <source>&amp;User name</source>
            <translation>用户名(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="32" />
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="39" />
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="46" />
            <source>&amp;Repeat password</source>
            <translation>确认密码(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="53" />
            <source>&amp;Language</source>
            <translation>界面语言(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desk_app/ui/login.py" line="93" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
    </context>
    <context>
        <name>LoginForm</name>
        <message>
            <location filename="../../forms/login.ui" line="6" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../forms/login.ui" line="18" />
            <source>&amp;User name</source>
            <translation>用户名(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../forms/login.ui" line="25" />
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="46" />
            <source>Workbench</source>
            <translation>工作台</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="49" />
            <source>Calls &amp; visits</source>
            <translation>来电来访</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="53" />
            <source>Visitors</source>
            <translation>访客</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="54" />
            <source>Work orders</source>
            <translation>派工单</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="55" />
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="56" />
            <source>Access cards</source>
            <translation>门禁卡</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="57" />
            <source>Residents</source>
            <translation>住户档案</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="58" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="59" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="80" />
            <source>Front desk — %1</source>
            <translation>物业前台 — %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="90" />
            <source>Your role does not use this screen.</source>
            <translation>您的角色不使用此功能。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="136" />
            <source>User: %1 (%2)</source>
            <translation>用户：%1（%2）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="141" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindowForm</name>
        <message>
            <location filename="../../forms/main_window.ui" line="22" />
            <source>Search room, phone, name… (Ctrl+F)</source>
            <translation>搜索房号、电话、姓名…（Ctrl+F）</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../desk_app/ui/pdf_preview.py" line="41" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>共 %n 页</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_preview.py" line="42" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_preview.py" line="43" />
            <source>&amp;Save as PDF…</source>
            <translation>另存为 PDF(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_preview.py" line="44" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_preview.py" line="64" />
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_preview.py" line="64" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../desk_app/ui/placeholder.py" line="17" />
            <source>This screen arrives with a later version.</source>
            <translation>此功能将在后续版本中提供。</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <location filename="../../desk_app/domain/register.py" line="42" />
            <source>Owner-occupied</source>
            <translation>业主自住</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="43" />
            <source>Rented out</source>
            <translation>出租</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="44" />
            <source>Vacant</source>
            <translation>空置</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="45" />
            <source>Under renovation</source>
            <translation>装修中</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="46" />
            <source>Not yet handed over</source>
            <translation>未交房</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="57" />
            <source>Owner</source>
            <translation>业主</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="58" />
            <source>Family</source>
            <translation>家属</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="59" />
            <source>Tenant</source>
            <translation>租户</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="183" />
            <source>New resident</source>
            <translation>新住户</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="184" />
            <source>Adds to a resident</source>
            <translation>补充住户信息</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="185" />
            <source>Already registered</source>
            <translation>已登记</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="186" />
            <source>New room</source>
            <translation>新房间</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/room_lookup.py" line="52" />
            <source>room</source>
            <translation>房号</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/room_lookup.py" line="53" />
            <source>room number</source>
            <translation>房间号</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/room_lookup.py" line="54" />
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/room_lookup.py" line="55" />
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/room_lookup.py" line="56" />
            <source>pinyin initials</source>
            <translation>拼音首字母</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="18" />
            <source>Clerk</source>
            <translation>前台</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="19" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="20" />
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="21" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="39" />
            <source>log and print front-desk work</source>
            <translation>登记和打印前台业务</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="40" />
            <source>edit their own open records</source>
            <translation>修改本人未结记录</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="41" />
            <source>void records</source>
            <translation>作废记录</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="42" />
            <source>sign the daily log</source>
            <translation>审核签字当日登记</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="43" />
            <source>approve requests and resolutions</source>
            <translation>审批申请和处理方案</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="44" />
            <source>see full ID numbers</source>
            <translation>查看完整身份证号</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="45" />
            <source>export data</source>
            <translation>导出数据</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="46" />
            <source>close major complaints</source>
            <translation>关闭重大投诉</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="47" />
            <source>run company reports</source>
            <translation>生成公司报表</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="48" />
            <source>manage users, departments and settings</source>
            <translation>管理用户、部门和设置</translation>
        </message>
    </context>
    <context>
        <name>RoomHistoryPanel</name>
        <message>
            <location filename="../../desk_app/ui/history_panel.py" line="36" />
            <source>Choose a room to see its recent records.</source>
            <translation>选择房号后，这里显示该户的近期记录。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_panel.py" line="40" />
            <source>No earlier records for this home.</source>
            <translation>该户没有以往记录。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_app/ui/history_panel.py" line="42" />
            <source>%n recent record(s):</source>
            <translation>
                <numerusform>近期记录 %n 条：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="76" />
            <source>Service center name</source>
            <translation>服务中心名称</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="82" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="84" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="88" />
            <source>Emergency: on site within (minutes)</source>
            <translation>急修：到场时限（分钟）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="96" />
            <source>Emergency: completed within (hours)</source>
            <translation>急修：完成时限（小时）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="104" />
            <source>Normal: completed within (hours, without appointment)</source>
            <translation>一般维修：完成时限（小时，未预约时）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="112" />
            <source>Warn before a deadline (minutes)</source>
            <translation>到期前提醒（分钟）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="120" />
            <source>Callback due after completion (hours)</source>
            <translation>完工后回访时限（小时）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="128" />
            <source>Callback tries before unreachable</source>
            <translation>回访未接通几次后记为联系不上</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="137" />
            <source>Complaint: reply within (days)</source>
            <translation>投诉：答复时限（天）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="145" />
            <source>Complaint: resolve within (working days)</source>
            <translation>投诉：处理时限（工作日）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="153" />
            <source>Consultation: resolve within (working days)</source>
            <translation>咨询：处理时限（工作日）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="161" />
            <source>Repeat complaint escalates within (hours)</source>
            <translation>重复投诉自动升级时间窗（小时）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="169" />
            <source>Contact follow-up overdue after (hours)</source>
            <translation>来电跟进超时（小时）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="177" />
            <source>Default paper for work orders</source>
            <translation>派工单默认纸张</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="184" />
            <source>Print offset, horizontal (mm)</source>
            <translation>打印偏移，水平（毫米）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="192" />
            <source>Print offset, vertical (mm)</source>
            <translation>打印偏移，垂直（毫米）</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="200" />
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <location filename="../../forms/settings_page.ui" line="8" />
            <source>Only an administrator can change settings, users and departments.</source>
            <translation>只有管理员可以修改设置、用户和部门。</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="15" />
            <source>Service center</source>
            <translation>服务中心</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="19" />
            <source>Time limits</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="23" />
            <source>Printing</source>
            <translation>打印</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="27" />
            <source>Interface</source>
            <translation>界面</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="31" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="36" />
            <source>&amp;New user…</source>
            <translation>新建用户(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="37" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="38" />
            <source>&amp;Reset password…</source>
            <translation>重置密码(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="39" />
            <source>&amp;Disable / enable</source>
            <translation>停用/启用(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="40" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="47" />
            <source>Departments</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="52" />
            <source>New &amp;department…</source>
            <translation>新建部门(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="53" />
            <source>Edi&amp;t…</source>
            <translation>编辑(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="54" />
            <source>Disable / ena&amp;ble</source>
            <translation>停用/启用(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="70" />
            <source>Save a &amp;test page…</source>
            <translation>保存测试页(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="72" />
            <source>&amp;Save settings</source>
            <translation>保存设置(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="100" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="101" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="102" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="103" />
            <location filename="../../desk_app/ui/settings_page.py" line="111" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="104" />
            <location filename="../../desk_app/ui/settings_page.py" line="114" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="105" />
            <source>Last login</source>
            <translation>最近登录</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="112" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="115" />
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="115" />
            <location filename="../../desk_app/ui/settings_page.py" line="250" />
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="161" />
            <source>A new language takes effect when the program starts again.</source>
            <translation>更改界面语言后，重新启动程序生效。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_app/ui/settings_page.py" line="217" />
            <source>Settings saved (%n changed).</source>
            <translation>
                <numerusform>设置已保存（修改了 %n 项）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="220" />
            <source>Nothing to save: no setting changed.</source>
            <translation>没有需要保存的修改。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="224" />
            <source>Save a test page</source>
            <translation>保存测试页</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="224" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="239" />
            <source>Test page saved to %1.</source>
            <translation>测试页已保存到 %1。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="252" />
            <source>Locked until %1</source>
            <translation>锁定至 %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="253" />
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="258" />
            <source>Select a row first.</source>
            <translation>请先选择一行。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="276" />
            <source>User created.</source>
            <translation>用户已创建。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="287" />
            <source>User saved.</source>
            <translation>用户已保存。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="296" />
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="297" />
            <source>New password for %1:</source>
            <translation>%1 的新密码：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="303" />
            <source>Password reset; the account is unlocked.</source>
            <translation>密码已重置，账号已解锁。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="313" />
            <source>User disabled.</source>
            <translation>用户已停用。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="313" />
            <source>User enabled.</source>
            <translation>用户已启用。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="321" />
            <source>Account unlocked.</source>
            <translation>账号已解锁。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="340" />
            <source>Department disabled.</source>
            <translation>部门已停用。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="340" />
            <source>Department enabled.</source>
            <translation>部门已启用。</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="52" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="56" />
            <source>New user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="59" />
            <source>Edit user</source>
            <translation>编辑用户</translation>
        </message>
    </context>
    <context>
        <name>UserForm</name>
        <message>
            <location filename="../../forms/user_dialog.ui" line="6" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="12" />
            <source>&amp;User name</source>
            <translation>用户名(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="19" />
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="26" />
            <source>&amp;Role</source>
            <translation>角色(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="33" />
            <source>&amp;Department</source>
            <translation>部门(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="40" />
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
    </context>
</TS>
