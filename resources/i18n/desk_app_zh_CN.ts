<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desk_app/ui/app.py" line="44"/>
        <source>Cannot open the database:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="27"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="28"/>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="29"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="30"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="31"/>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="32"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="43"/>
        <source>Open</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="44"/>
        <source>Following</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="45"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="59"/>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="60"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="61"/>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="62"/>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="41"/>
        <source>who (name)</source>
        <translation>来电人姓名（谁）</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="42"/>
        <source>where (room or place)</source>
        <translation>房号或地点（哪里）</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="43"/>
        <source>since when</source>
        <translation>发生时间（从何时起）</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="44"/>
        <source>how to reach them (phone)</source>
        <translation>联系电话（怎么联系）</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="45"/>
        <source>what happened</source>
        <translation>事情内容（什么事）</translation>
    </message>
</context>
<context>
    <name>ContactsForm</name>
    <message>
        <location filename="../../forms/contacts_page.ui" line="10"/>
        <source>Log a call or visit</source>
        <translation>来电来访登记</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="12"/>
        <source>&amp;Room</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="13"/>
        <source>3-2-1501, phone digits or surname</source>
        <translation>3-2-1501、电话尾号、姓氏或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="14"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="16"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="18"/>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="20"/>
        <source>S&amp;ince</source>
        <translation>发生时间(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="21"/>
        <source>e.g. since yesterday evening</source>
        <translation>如：昨天晚上开始</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="22"/>
        <source>Channe&amp;l</source>
        <translation>方式(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="24"/>
        <source>&amp;What</source>
        <translation>内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="26"/>
        <source>Forwarded &amp;to</source>
        <translation>流转部门(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="28"/>
        <source>Per&amp;son</source>
        <translation>流转人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="30"/>
        <source>Ti&amp;me</source>
        <translation>登记时间(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="32"/>
        <source>Follow-&amp;up</source>
        <translation>跟进状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="34"/>
        <source>Res&amp;ult</source>
        <translation>跟进结果(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="36"/>
        <source>Call outc&amp;ome</source>
        <translation>通话结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="42"/>
        <source>New (Esc)</source>
        <translation>新登记 (Esc)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="43"/>
        <source>Create &amp;work order…</source>
        <translation>转派工单(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="44"/>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>保存(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="52"/>
        <source>This home&apos;s recent records</source>
        <translation>本户近期记录</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="62"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="64"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="70"/>
        <source>Room or building</source>
        <translation>房号或楼栋</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="71"/>
        <source>Search the content (2+ characters)</source>
        <translation>搜索内容（至少 2 个字）</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="72"/>
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="80"/>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="81"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="82"/>
        <source>Mark &amp;reviewed…</source>
        <translation>审核(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="83"/>
        <source>Sign the &amp;day…</source>
        <translation>当日签字(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="84"/>
        <source>&amp;Print register…</source>
        <translation>打印登记表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="85"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="194"/>
        <source>(not forwarded)</source>
        <translation>（未流转）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="203"/>
        <source>All channels</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="206"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="211"/>
        <source>Any follow-up</source>
        <translation>全部跟进状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="214"/>
        <source>Anyone</source>
        <translation>全部接待人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="253"/>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="254"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="255"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="256"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="257"/>
        <source>Room / place</source>
        <translation>房号/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="258"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="260"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="262"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="263"/>
        <source>Received by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="264"/>
        <source>Forwarded to</source>
        <translation>流转</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="265"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="266"/>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="284"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="286"/>
        <source>Follow-up overdue</source>
        <translation>跟进已超时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="330"/>
        <source>Log a call or visit</source>
        <translation>来电来访登记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="371"/>
        <source>%1 made from %2.</source>
        <translation>已由 %2 生成 %1。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="381"/>
        <source>Logged %1.</source>
        <translation>已登记 %1。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="386"/>
        <source>Amend a signed day</source>
        <translation>修改已签字的记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="386"/>
        <source>Reason for the amendment:</source>
        <translation>修改原因：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="391"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="408"/>
        <source>Amend %1</source>
        <translation>修改 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/contacts_page.py" line="454"/>
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="459"/>
        <source>Signed by %1 at %2</source>
        <translation>%1 已于 %2 签字</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="472"/>
        <source>Select an entry in the list first.</source>
        <translation>请先在列表中选择一条记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="491"/>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="491"/>
        <source>Reason for voiding:</source>
        <translation>作废原因：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="496"/>
        <source>%1 voided.</source>
        <translation>%1 已作废。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="504"/>
        <source>Review %1</source>
        <translation>审核 %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="504"/>
        <source>Remark (optional):</source>
        <translation>审核意见（可不填）：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="509"/>
        <source>%1 reviewed.</source>
        <translation>%1 已审核。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="515"/>
        <source>Show a single day to sign it.</source>
        <translation>请先把日期范围设为同一天，再签字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="520"/>
        <source>Sign the day</source>
        <translation>当日签字</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="522"/>
        <source>Sign %1 with %2 entries (%3 reviewed)? Signed entries can only be amended by a supervisor, with a reason.</source>
        <translation>确认签字 %1 的 %2 条登记（已审核 %3 条）？签字后只有主管可以修改，且须填写原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="531"/>
        <source>%1 signed.</source>
        <translation>%1 已签字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="550"/>
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="565"/>
        <source>Contact register %1</source>
        <translation>来电来访登记表 %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="575"/>
        <source>Export contacts</source>
        <translation>导出来电来访</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="577"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="584"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="38"/>
        <source>Days not yet signed (contact log)</source>
        <translation>来电来访登记未签字的日期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="55"/>
        <source>Today %1: %2 calls and visits logged.</source>
        <translation>今天 %1：已登记来电来访 %2 条。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="60"/>
        <source>Follow-ups overdue: %1</source>
        <translation>跟进超时：%1 条</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="64"/>
        <source>Work orders overdue: %1</source>
        <translation>派工单超时：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="65"/>
        <source>due within the warning time: %1</source>
        <translation>即将到期：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="66"/>
        <source>callbacks due: %1</source>
        <translation>待回访：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="67"/>
        <source>slips not returned: %1</source>
        <translation>未返单：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="71"/>
        <source>unreachable for callback: %1</source>
        <translation>回访联系不上：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="74"/>
        <source>unread notices: %1</source>
        <translation>未读通知：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="83"/>
        <source>Every day is signed.</source>
        <translation>所有日期都已签字。</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin_dialogs.py" line="123"/>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin_dialogs.py" line="123"/>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <location filename="../../forms/department_dialog.ui" line="6"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../forms/department_dialog.ui" line="12"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/department_dialog.ui" line="19"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="38"/>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="54"/>
        <source>The input is not valid.</source>
        <translation>输入内容无效。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="58"/>
        <source>The record was not found.</source>
        <translation>找不到该记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="62"/>
        <source>Your role ({role}) may not {action}.</source>
        <translation>您的角色（{role}）无权{action}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="66"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="70"/>
        <source>Too many failed logins: the account is locked until {until}.</source>
        <translation>登录失败次数过多，账号已锁定至 {until}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="76"/>
        <source>This account has been disabled.</source>
        <translation>该账号已停用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="80"/>
        <source>The record already exists.</source>
        <translation>该记录已存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="84"/>
        <source>This database was written by a newer version of the program (schema {found}). This version knows schema {known} at most; install the newer version.</source>
        <translation>此数据库由更新版本的程序写入（结构版本 {found}）。本程序最高只支持结构版本 {known}，请安装新版本。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="97"/>
        <source>{record} is {current}; it cannot become {requested}.</source>
        <translation>{record} 当前为“{current}”，不能变为“{requested}”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="114"/>
        <source>{record} is a paid job: record the resident&apos;s agreement to the quote before dispatch.</source>
        <translation>{record} 是有偿维修：派工前须记录业主同意报价。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="39"/>
        <source>{label}: choose one of {choices}.</source>
        <translation>{label}：请从 {choices} 中选择。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="51"/>
        <source>{label}: enter a number.</source>
        <translation>{label}：请输入数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="59"/>
        <source>{label}: enter a value from {low} to {high}.</source>
        <translation>{label}：请输入 {low} 到 {high} 之间的值。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="91"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="101"/>
        <source>The user name must be 1–40 characters without spaces.</source>
        <translation>用户名须为 1–40 个字符，不能含空格。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="111"/>
        <source>Enter the person&apos;s name (at most 40 characters).</source>
        <translation>请输入姓名（最多 40 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="135"/>
        <source>The administrator has already been created.</source>
        <translation>管理员账号已经创建过了。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="224"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="256"/>
        <source>The user name {name} is taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="303"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="370"/>
        <source>Enter the department&apos;s name (at most 40 characters).</source>
        <translation>请输入部门名称（最多 40 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="380"/>
        <source>A department named {name} already exists.</source>
        <translation>已有名为 {name} 的部门。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="457"/>
        <source>No user with number {id}.</source>
        <translation>找不到编号为 {id} 的用户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="465"/>
        <source>No department with number {id}.</source>
        <translation>找不到编号为 {id} 的部门。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="478"/>
        <source>At least one active administrator must remain.</source>
        <translation>必须至少保留一个启用的管理员账号。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="487"/>
        <source>Unknown role {role}.</source>
        <translation>未知角色 {role}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/demo.py" line="55"/>
        <source>The database already has users; demo data goes into a new database.</source>
        <translation>该数据库已有用户；演示数据只能写入新数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/settings.py" line="61"/>
        <source>Unknown setting {key}.</source>
        <translation>未知设置项 {key}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="70"/>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="125"/>
        <source>Phone {phone}: only mainland numbers (+86) can be registered.</source>
        <translation>电话 {phone}：只能登记中国大陆号码（+86）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="83"/>
        <source>Phone {phone}: use digits only.</source>
        <translation>电话 {phone}：只能包含数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="192"/>
        <source>Phone {phone}: a mobile number has 11 digits, this one has {n}.</source>
        <translation>电话 {phone}：手机号应为 11 位，这里是 {n} 位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="201"/>
        <source>Phone {phone}: mobile numbers begin with 13 to 19.</source>
        <translation>电话 {phone}：手机号应以 13 至 19 开头。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="222"/>
        <source>Phone {phone}: add the area code, for example 0571-88886666.</source>
        <translation>电话 {phone}：请加上区号，例如 0571-88886666。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="229"/>
        <source>Phone {phone} is not a phone number: give an 11-digit mobile or a landline with its area code.</source>
        <translation>{phone} 不是电话号码：请填写 11 位手机号，或带区号的固定电话。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="396"/>
        <source>ID number {id}: this is an old 15-digit number; ask for the 18-digit number on the current card.</source>
        <translation>身份证号 {id}：这是旧的 15 位号码，请询问现行身份证上的 18 位号码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="408"/>
        <source>ID number {id}: an ID number has 18 characters, this one has {n}.</source>
        <translation>身份证号 {id}：应为 18 位，这里是 {n} 位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="417"/>
        <source>ID number {id}: the first 17 characters are digits and the last is a digit or X.</source>
        <translation>身份证号 {id}：前 17 位应为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="426"/>
        <source>ID number {id}: the check digit does not match; a digit was probably mistyped.</source>
        <translation>身份证号 {id}：校验位不符，可能输错了一位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="438"/>
        <source>ID number {id}: the birth date in it (digits 7-14) is not a date.</source>
        <translation>身份证号 {id}：第 7–14 位的出生日期无效。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="446"/>
        <source>ID number {id}: the region code {region} does not exist.</source>
        <translation>身份证号 {id}：地区代码 {region} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="455"/>
        <source>ID number {id}: the birth date in it is in the future.</source>
        <translation>身份证号 {id}：出生日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="180"/>
        <source>A channel needs a code and a name of at most 20 characters.</source>
        <translation>来访方式需要代码和名称，各不超过 20 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="218"/>
        <source>{day} has been signed; only a supervisor can add to it.</source>
        <translation>{day} 已签字，只有主管可以补登。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="248"/>
        <source>An entry stays on its day ({day}); void it and log it again.</source>
        <translation>登记不能改到其他日期（{day}）；请作废后重新登记。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="348"/>
        <location filename="../../desk_app/services/contacts.py" line="376"/>
        <source>{day} has already been signed.</source>
        <translation>{day} 已经签过字了。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="371"/>
        <source>{day} has not come yet.</source>
        <translation>{day} 还没到。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="629"/>
        <source>Choose a channel from the list.</source>
        <translation>请从列表中选择来访方式。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="652"/>
        <location filename="../../desk_app/services/work_orders.py" line="1585"/>
        <source>The time lies in the future.</source>
        <translation>时间晚于现在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="661"/>
        <source>Please fill in {what}: the five clear points of intake.</source>
        <translation>请填写{what}——登记要做到“五清楚”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="683"/>
        <source>{day} has been signed; only a supervisor can amend its entries.</source>
        <translation>{day} 已签字，只有主管可以修改当日记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="695"/>
        <source>Only the clerk who logged an entry can change it.</source>
        <translation>只有登记人本人可以修改这条记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="702"/>
        <location filename="../../desk_app/services/work_orders.py" line="1628"/>
        <source>Entry {serial} has been voided.</source>
        <translation>记录 {serial} 已作废。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="713"/>
        <location filename="../../desk_app/services/work_orders.py" line="1625"/>
        <source>No entry with number {id}.</source>
        <translation>找不到编号为 {id} 的记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/inputs.py" line="40"/>
        <source>Give a reason (at least two characters).</source>
        <translation>请填写原因（至少 2 个字）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/export.py" line="25"/>
        <source>Unknown export format {fmt}; use csv or xlsx.</source>
        <translation>未知的导出格式 {fmt}，请用 csv 或 xlsx。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="347"/>
        <source>Date {value}: write it like 2024-05-01.</source>
        <translation>日期 {value}：请写成 2024-05-01 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="359"/>
        <source>ID number {value} was stored as a number by Excel and has lost its last digits: format the column as text and type the number again.</source>
        <translation>身份证号 {value} 被 Excel 存成了数字，末几位已丢失：请把该列设为文本格式后重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="375"/>
        <source>Relation {value} is not known: write 业主, 家属 or 租户.</source>
        <translation>身份“{value}”无法识别：请填写 业主、家属 或 租户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="424"/>
        <source>{path}: no header row found. The sheet needs a room column (房号) and a name column (姓名) in its first {n} rows.</source>
        <translation>{path}：找不到表头。表格前 {n} 行中需要有房号列和姓名列。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="539"/>
        <source>No room given.</source>
        <translation>没有填写房号。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="548"/>
        <source>No community: name it (--community, or the 小区 column) since several or none are registered.</source>
        <translation>未指定小区：系统中有多个小区或还没有小区，请用 --community 或“小区”列指明。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="574"/>
        <location filename="../../desk_app/services/residents.py" line="282"/>
        <source>At most {n} phone numbers per resident.</source>
        <translation>每位住户最多登记 {n} 个电话。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="647"/>
        <location filename="../../desk_app/services/resident_import.py" line="739"/>
        <source>Room {value} cannot be read: write it like 3-2-1501 or 3栋2单元1501.</source>
        <translation>房号 {value} 无法识别：请写成 3-2-1501 或 3栋2单元1501。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="661"/>
        <location filename="../../desk_app/services/residents.py" line="372"/>
        <source>Building {value}: write it like 3, 3栋 or 12#.</source>
        <translation>楼栋 {value}：请写成 3、3栋 或 12#。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="673"/>
        <location filename="../../desk_app/services/residents.py" line="383"/>
        <source>Unit {value}: write it like 2 or 2单元.</source>
        <translation>单元 {value}：请写成 2 或 2单元。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="692"/>
        <source>Room {value} is in building {room_building}, the building column says {building}.</source>
        <translation>房号 {value} 属于 {room_building} 栋，楼栋列却写的是 {building}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="708"/>
        <source>Room {value} is in unit {room_unit}, the unit column says {unit}.</source>
        <translation>房号 {value} 属于 {room_unit} 单元，单元列却写的是 {unit}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="725"/>
        <source>Room {value} has no building: add a building column (楼栋) or write it like 3-2-1501.</source>
        <translation>房号 {value} 没有楼栋：请增加“楼栋”列，或写成 3-2-1501。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="954"/>
        <source>{name} is registered with ID number {stored}, the file has {given}: check and correct the record by hand.</source>
        <translation>{name} 登记的身份证号是 {stored}，文件中是 {given}：请核实后手工更正。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="970"/>
        <source>{name} is registered as {stored}, the file says {given}: correct the record by hand if they changed.</source>
        <translation>{name} 登记的身份是 {stored}，文件中是 {given}：如有变化请手工更正。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="985"/>
        <source>The register gives room {room} an area of {stored} m², the file {given} m²: correct the room by hand.</source>
        <translation>档案中房间 {room} 的面积是 {stored} 平方米，文件中是 {given} 平方米：请手工更正。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="1051"/>
        <source>{name} in {room} is already on row {first}: imported once only.</source>
        <translation>{room} 的 {name} 已在第 {first} 行出现：只导入一次。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="251"/>
        <source>Enter the resident&apos;s name.</source>
        <translation>请输入住户姓名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="255"/>
        <source>A name has at most {n} characters.</source>
        <translation>姓名最多 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="267"/>
        <source>Unknown relation {value}: owner, family or tenant.</source>
        <translation>未知身份 {value}：应为业主、家属或租户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="298"/>
        <location filename="../../desk_app/services/residents.py" line="928"/>
        <source>The move-out date is before the move-in date.</source>
        <translation>迁出日期早于入住日期。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="333"/>
        <location filename="../../desk_app/services/residents.py" line="339"/>
        <source>Area {value}: enter the square metres as a number.</source>
        <translation>面积 {value}：请填写平方米数。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="351"/>
        <source>Unknown occupancy state {value}.</source>
        <translation>未知的入住状态 {value}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="361"/>
        <source>Room number {value}: write it like 1501.</source>
        <translation>房间号 {value}：请写成 1501 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="564"/>
        <source>Enter the community&apos;s name (at most {n} characters).</source>
        <translation>请输入小区名称（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="571"/>
        <source>The community {name} already exists.</source>
        <translation>小区 {name} 已存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="674"/>
        <location filename="../../desk_app/services/residents.py" line="1082"/>
        <source>No such room.</source>
        <translation>找不到该房间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="731"/>
        <source>No such community.</source>
        <translation>找不到该小区。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="736"/>
        <source>Choose the community the room belongs to.</source>
        <translation>请选择房间所属的小区。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="755"/>
        <location filename="../../desk_app/services/residents.py" line="776"/>
        <location filename="../../desk_app/services/residents.py" line="995"/>
        <source>Room {room} is already registered.</source>
        <translation>房间 {room} 已登记。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="789"/>
        <source>Floor {value} is not a floor of a building.</source>
        <translation>楼层 {value} 无效。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="921"/>
        <source>{name} already moved out on {day}.</source>
        <translation>{name} 已于 {day} 迁出。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="945"/>
        <source>Give the reason for voiding the record.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="1089"/>
        <source>No such resident.</source>
        <translation>找不到该住户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="1096"/>
        <source>This record was voided and cannot be changed.</source>
        <translation>该记录已作废，不能修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="1113"/>
        <source>{name} is already registered in {room}.</source>
        <translation>{name} 已登记在 {room}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/tabular.py" line="33"/>
        <source>File {path} not found.</source>
        <translation>找不到文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/tabular.py" line="42"/>
        <source>{path} is an old Excel 97 file: open it in Excel and save it as .xlsx or CSV.</source>
        <translation>{path} 是旧版 Excel 97 文件：请用 Excel 打开并另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/tabular.py" line="50"/>
        <source>{path}: import reads .xlsx and .csv files.</source>
        <translation>{path}：只能导入 .xlsx 和 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/tabular.py" line="63"/>
        <source>{path} cannot be read as an Excel workbook.</source>
        <translation>{path} 无法作为 Excel 工作簿读取。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/tabular.py" line="88"/>
        <source>{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8.</source>
        <translation>{path} 既不是 UTF-8 也不是 GBK 编码：请重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="201"/>
        <source>{record} is {current}; “{action}” is not possible.</source>
        <translation>{record} 当前为“{current}”，不能“{action}”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="474"/>
        <source>A category needs a code and a name of at most 20 characters.</source>
        <translation>报修类别需要代码和名称，各不超过 20 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="481"/>
        <source>Completion limit: enter {low} to {high} hours.</source>
        <translation>完成时限：请输入 {low} 到 {high} 小时。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="590"/>
        <location filename="../../desk_app/services/work_orders.py" line="671"/>
        <source>{record} is {status}; it can no longer be edited.</source>
        <translation>{record} 当前为“{status}”，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="599"/>
        <source>Only the clerk who opened an order or a supervisor can change it.</source>
        <translation>只有开单人或主管可以修改派工单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="610"/>
        <source>{record} has been dispatched: transfer it to change the department.</source>
        <translation>{record} 已派工：如需更换部门请转单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="665"/>
        <source>{record} is free of charge: there is no quote.</source>
        <translation>{record} 是无偿维修，没有报价。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="755"/>
        <source>{record} is an emergency completed after its deadline ({deadline}): record the stop-gap measure and the explanation.</source>
        <translation>{record} 为急修且超过时限（{deadline}）完成：请记录临时处理措施和原因说明。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="796"/>
        <source>Give the date the work is expected to go on.</source>
        <translation>请填写预计恢复处理的日期。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="854"/>
        <source>{record} is already with {department}: choose another one.</source>
        <translation>{record} 已在{department}：请选择其他部门。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="885"/>
        <source>The slip of {record} has not come back yet: mark it returned first.</source>
        <translation>{record} 的派工单尚未返回：请先登记返单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="936"/>
        <source>No work order with the serial {serial}.</source>
        <translation>找不到单号为 {serial} 的派工单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="957"/>
        <source>The slip of {record} is already back.</source>
        <translation>{record} 的派工单已经返回。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="999"/>
        <source>Give the time the resident asked to be called.</source>
        <translation>请填写业主约定的回电时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1085"/>
        <source>{record} has not been marked unreachable; call again.</source>
        <translation>{record} 尚未标记为联系不上，请再次回访。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1123"/>
        <source>No callback with number {id}.</source>
        <translation>找不到编号为 {id} 的回访记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1127"/>
        <source>Only a saved callback result can be amended, not a missed call.</source>
        <translation>只能修改已保存的回访结果，未接通的记录不能修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1140"/>
        <source>Nobody was reached: there is no satisfaction to record.</source>
        <translation>未联系到业主，无法记录满意度。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1225"/>
        <source>No notice with number {id}.</source>
        <translation>找不到编号为 {id} 的通知。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1242"/>
        <source>Choose at least one work order to print.</source>
        <translation>请至少选择一张派工单打印。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1254"/>
        <source>{record} is {status}; it is not printed.</source>
        <translation>{record} 当前为“{status}”，不能打印。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1589"/>
        <source>The time cannot be earlier than the step before it ({before}).</source>
        <translation>时间不能早于上一步（{before}）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1600"/>
        <source>The appointment lies in the past.</source>
        <translation>预约时间已过。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1611"/>
        <source>Choose the department the job goes to.</source>
        <translation>请选择派往的部门。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1677"/>
        <source>Unknown paper {paper}; use {choices}.</source>
        <translation>未知纸张 {paper}，请使用 {choices}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1949"/>
        <source>Describe the job.</source>
        <translation>请填写报修内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1954"/>
        <source>Choose a category from the list.</source>
        <translation>请从列表中选择报修类别。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1960"/>
        <source>No room with number {id}.</source>
        <translation>找不到编号为 {id} 的房间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1967"/>
        <source>Give the room of a job inside a home.</source>
        <translation>户内维修请填写房号。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1972"/>
        <source>Say where in the public area the job is.</source>
        <translation>请填写公共区域的具体位置。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1978"/>
        <source>Give a phone number to reach the resident.</source>
        <translation>请填写联系业主的电话。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1985"/>
        <source>A paid job needs a quote: materials or labour.</source>
        <translation>有偿维修需要报价：材料或人工费。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1990"/>
        <source>A free job has no charges: mark it paid or remove the quote.</source>
        <translation>无偿维修不收费：请勾选有偿，或删除报价。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2024"/>
        <source>No work order with number {id}.</source>
        <translation>找不到编号为 {id} 的派工单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2169"/>
        <source>Quote line {n}: enter a number.</source>
        <translation>报价第 {n} 行：请输入数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2180"/>
        <source>A quote has at most {n} lines.</source>
        <translation>报价最多 {n} 行。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2192"/>
        <source>Quote line {n}: give the material, a quantity above zero and a price.</source>
        <translation>报价第 {n} 行：请填写材料名称、大于零的数量和单价。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2203"/>
        <source>The labour fee cannot be negative.</source>
        <translation>人工费不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="73"/>
        <source>Phone {phone}: too long for one phone number.</source>
        <translation>电话 {phone}：太长，不是一个电话号码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="99"/>
        <source>Phone {phone}: only a landline or a 400/800 number has an extension.</source>
        <translation>电话 {phone}：只有固定电话和 400/800 号码才有分机号。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="185"/>
        <source>Phone {phone}: too short for a phone number.</source>
        <translation>电话 {phone}：位数太少，不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="206"/>
        <source>Phone {phone}: no mobile number begins with {prefix}.</source>
        <translation>电话 {phone}：没有以 {prefix} 开头的手机号。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="213"/>
        <source>Phone {phone}: a 400 or 800 number has 10 digits, this one has {n}.</source>
        <translation>电话 {phone}：400/800 号码应为 10 位，这里是 {n} 位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="249"/>
        <source>Phone {phone}: there is no area code {area}.</source>
        <translation>电话 {phone}：没有 {area} 这个区号。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="256"/>
        <source>Phone {phone}: after the area code {area} a landline has {lengths} digits, this one has {n}.</source>
        <translation>电话 {phone}：区号 {area} 后面的号码应为 {lengths} 位，这里是 {n} 位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="268"/>
        <source>Phone {phone}: no landline of area code {area} begins with {digit}.</source>
        <translation>电话 {phone}：区号 {area} 的固定电话不会以 {digit} 开头。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="117"/>
        <source>{label} contains a NUL character, which cannot be stored.</source>
        <translation>{label}中含有无法保存的空字符（NUL），请删掉后再保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="127"/>
        <source>{label} contains a broken character (a lone surrogate); retype it.</source>
        <translation>{label}中含有损坏的字符，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="139"/>
        <source>{label}: at most {n} characters, this has {length}.</source>
        <translation>{label}：最多 {n} 个字，现在有 {length} 个。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2207"/>
        <source>The quote comes to more than {n}: check the quantities and prices.</source>
        <translation>报价合计超过 {n}：请核对数量和单价。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="43"/>
        <source>This field</source>
        <translation>此项</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="44"/>
        <source>Community name</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="45"/>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="50"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="51"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="52"/>
        <source>Agreement note</source>
        <translation>同意说明</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="53"/>
        <location filename="../../desk_app/domain/text_input.py" line="59"/>
        <location filename="../../desk_app/domain/text_input.py" line="64"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="54"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="55"/>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="56"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="57"/>
        <source>What happened</source>
        <translation>来电来访内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="58"/>
        <source>Job description</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="60"/>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="61"/>
        <source>Follow-up result</source>
        <translation>跟进结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="62"/>
        <source>Forwarded to</source>
        <translation>流转人</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="63"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="65"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="66"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="67"/>
        <location filename="../../desk_app/domain/text_input.py" line="69"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="68"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="70"/>
        <source>Emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="71"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="72"/>
        <source>Quote line</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="73"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="74"/>
        <source>Remark</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="75"/>
        <source>Remarks</source>
        <translation>回访备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="76"/>
        <source>Result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="77"/>
        <source>Since when</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="78"/>
        <source>Stop-gap measure</source>
        <translation>临时措施及说明</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="79"/>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="80"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="81"/>
        <source>Work done</source>
        <translation>完工情况</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desk_app/ui/login.py" line="54"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <location filename="../../forms/first_run.ui" line="6"/>
        <source>Set up the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="10"/>
        <source>This database has no users yet. Create the administrator account: it manages users, departments and settings.</source>
        <translation>数据库中还没有用户。请创建管理员账号：管理员负责管理用户、部门和系统设置。</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="18"/>
        <source>Service &amp;center name</source>
        <translation>服务中心名称(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="25"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="32"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="39"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="46"/>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="53"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <location filename="../../forms/import_wizard.ui" line="6"/>
        <source>Import the resident register</source>
        <translation>导入住户档案</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="15"/>
        <source>Choose the spreadsheet of residents (.xlsx or .csv). A title row above the header is fine; the header needs a room column (房号) and a name column (姓名). Nothing is written until you confirm the preview.</source>
        <translation>请选择住户表格（.xlsx 或 .csv）。表头上方可以有标题行；表头需要有房号列和姓名列。确认预览之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="21"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="25"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="28"/>
        <source>&amp;Community</source>
        <translation>小区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="40"/>
        <source>New residents</source>
        <translation>新住户</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="42"/>
        <source>Residents given missing details</source>
        <translation>补充信息的住户</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="44"/>
        <source>Already registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="46"/>
        <source>New rooms</source>
        <translation>新房间</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="48"/>
        <source>Rows with problems (not imported)</source>
        <translation>有问题的行（不导入）</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="55"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="61"/>
        <source>Rows to import</source>
        <translation>将导入的行</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="73"/>
        <source>Not imported — correct these rows in the file and import it again; rows already imported are recognised:</source>
        <translation>以下行未导入——请在文件中更正后重新导入；已导入的行会被识别，不会重复：</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="83"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="84"/>
        <source>&amp;Preview &gt;</source>
        <translation>预览(&amp;P) &gt;</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="85"/>
        <source>&amp;Import the valid rows</source>
        <translation>导入有效行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="86"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="106"/>
        <location filename="../../desk_app/ui/import_wizard.py" line="115"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="107"/>
        <location filename="../../desk_app/ui/import_wizard.py" line="116"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="108"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="108"/>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="109"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="117"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="118"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="120"/>
        <source>Relation</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="122"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="123"/>
        <location filename="../../desk_app/ui/import_wizard.py" line="274"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="124"/>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="166"/>
        <source>Name of the community, unless the file has a 小区 column</source>
        <translation>小区名称（文件中有“小区”列时可不填）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="169"/>
        <source>As the file&apos;s 小区 column says</source>
        <translation>按文件中的“小区”列</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="184"/>
        <source>Choose the register to import</source>
        <translation>选择要导入的住户表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="186"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="196"/>
        <source>Choose the file to import first.</source>
        <translation>请先选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="234"/>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="237"/>
        <source>Rows to import (%1)</source>
        <translation>将导入的行（%1）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="242"/>
        <source>Nothing new to import: every valid row is in the register.</source>
        <translation>没有新内容：所有有效行都已在档案中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="246"/>
        <source>Rows with problems are left out; correct them in the file and import it again later — rows already imported are recognised and not doubled.</source>
        <translation>有问题的行不会导入；请在文件中更正后再次导入——已导入的行会被识别，不会重复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="258"/>
        <source>sheet %1, row %2</source>
        <translation>工作表 %1 第 %2 行</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="261"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="263"/>
        <source>%1: header found on %2.</source>
        <translation>%1：表头在%2。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="265"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="271"/>
        <source>, new room</source>
        <translation>，新房间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="275"/>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="276"/>
        <source>move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="277"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="278"/>
        <source>emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="279"/>
        <source>emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="280"/>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="282"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="283"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="313"/>
        <source>Imported from %1:</source>
        <translation>从 %1 导入：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="314"/>
        <source>%n new resident(s) registered</source>
        <translation>
            <numerusform>新登记住户 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="315"/>
        <source>%n resident(s) given missing details</source>
        <translation>
            <numerusform>补充信息的住户 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="316"/>
        <source>%n new room(s)</source>
        <translation>
            <numerusform>新房间 %n 间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="317"/>
        <source>%n room(s) given their area</source>
        <translation>
            <numerusform>补充面积的房间 %n 间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="318"/>
        <source>%n row(s) already in the register</source>
        <translation>
            <numerusform>已在档案中的行 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="319"/>
        <source>%n row(s) with problems not imported</source>
        <translation>
            <numerusform>有问题未导入的行 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="330"/>
        <source>Step 1 of 3: choose the file</source>
        <translation>第 1 步（共 3 步）：选择文件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="331"/>
        <source>Step 2 of 3: check the preview</source>
        <translation>第 2 步（共 3 步）：检查预览</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="332"/>
        <source>Step 3 of 3: done</source>
        <translation>第 3 步（共 3 步）：完成</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="341"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="341"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/login.py" line="93"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../forms/login.ui" line="6"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../forms/login.ui" line="18"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/login.ui" line="25"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="48"/>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="51"/>
        <source>Calls &amp; visits</source>
        <translation>来电来访</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="55"/>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="58"/>
        <source>Work orders</source>
        <translation>派工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="62"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="63"/>
        <source>Access cards</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="66"/>
        <source>Residents</source>
        <translation>住户档案</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="70"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="71"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="92"/>
        <source>Front desk — %1</source>
        <translation>物业前台 — %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="102"/>
        <source>Your role does not use this screen.</source>
        <translation>您的角色不使用此功能。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="148"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="153"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>MainWindowForm</name>
    <message>
        <location filename="../../forms/main_window.ui" line="22"/>
        <source>Search room, phone, name… (Ctrl+F)</source>
        <translation>搜索房号、电话、姓名…（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="216"/>
        <source>Move out: %1</source>
        <translation>迁出：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="218"/>
        <source>%1 (%2) of %3</source>
        <translation>%3 的 %1（%2）</translation>
    </message>
</context>
<context>
    <name>MoveOutForm</name>
    <message>
        <location filename="../../forms/move_out_dialog.ui" line="6"/>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../forms/move_out_dialog.ui" line="11"/>
        <source>Moved &amp;out on</source>
        <translation>迁出日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/move_out_dialog.ui" line="13"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/move_out_dialog.ui" line="14"/>
        <source>e.g. lease ended, sold the flat</source>
        <translation>如：租约到期、房屋已出售</translation>
    </message>
    <message>
        <location filename="../../forms/move_out_dialog.ui" line="17"/>
        <source>The record stays in the register under &quot;Moved out&quot;.</source>
        <translation>记录会保留在档案的“已迁出”中。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desk_app/ui/pdf_preview.py" line="41"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pdf_preview.py" line="42"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pdf_preview.py" line="43"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pdf_preview.py" line="44"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pdf_preview.py" line="64"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pdf_preview.py" line="64"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desk_app/ui/placeholder.py" line="17"/>
        <source>This screen arrives with a later version.</source>
        <translation>此功能将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../desk_app/domain/register.py" line="42"/>
        <source>Owner-occupied</source>
        <translation>业主自住</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="43"/>
        <source>Rented out</source>
        <translation>出租</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="44"/>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="45"/>
        <source>Under renovation</source>
        <translation>装修中</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="46"/>
        <source>Not yet handed over</source>
        <translation>未交房</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="57"/>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="58"/>
        <source>Family</source>
        <translation>家属</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="59"/>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="183"/>
        <source>New resident</source>
        <translation>新住户</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="184"/>
        <source>Adds to a resident</source>
        <translation>补充住户信息</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="185"/>
        <source>Already registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="186"/>
        <source>New room</source>
        <translation>新房间</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/room_lookup.py" line="52"/>
        <source>room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/room_lookup.py" line="53"/>
        <source>room number</source>
        <translation>房间号</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/room_lookup.py" line="54"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/room_lookup.py" line="55"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/room_lookup.py" line="56"/>
        <source>pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="132"/>
        <source>New resident of %1</source>
        <translation>%1 的新住户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="137"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="141"/>
        <source>Shown masked. Leave it as it is to keep the number, or type a new one.</source>
        <translation>号码已遮盖显示。保持不变即保留原号码，或输入新号码。</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="6"/>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="11"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="13"/>
        <source>&amp;Relation</source>
        <translation>身份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="15"/>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="17"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="19"/>
        <source>Moved &amp;in on</source>
        <translation>入住日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="21"/>
        <source>Moved &amp;out on</source>
        <translation>迁出日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="23"/>
        <source>E&amp;mergency contact</source>
        <translation>紧急联系人(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="25"/>
        <source>Emer&amp;gency phone</source>
        <translation>紧急联系电话(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="27"/>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ResidentsForm</name>
    <message>
        <location filename="../../forms/residents_page.ui" line="8"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="9"/>
        <source>3-2-1501, phone digits, surname or initials</source>
        <translation>3-2-1501、电话尾号、姓氏或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="12"/>
        <source>Add &amp;room…</source>
        <translation>新增房间(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="13"/>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="23"/>
        <source>Estate</source>
        <translation>小区楼栋</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="24"/>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="40"/>
        <source>E&amp;dit room…</source>
        <translation>编辑房间(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="49"/>
        <source>Living here</source>
        <translation>现住户</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="55"/>
        <source>&amp;Add resident…</source>
        <translation>新增住户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="56"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="57"/>
        <source>&amp;Move out…</source>
        <translation>迁出(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="58"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="65"/>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="71"/>
        <source>Recent records</source>
        <translation>近期记录</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="189"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="190"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="191"/>
        <source>Area m²</source>
        <translation>面积 m²</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="192"/>
        <source>Occupancy</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="193"/>
        <source>Living here</source>
        <translation>现住户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="198"/>
        <location filename="../../desk_app/ui/residents_page.py" line="207"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="199"/>
        <location filename="../../desk_app/ui/residents_page.py" line="208"/>
        <source>Relation</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="200"/>
        <location filename="../../desk_app/ui/residents_page.py" line="211"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="201"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="202"/>
        <location filename="../../desk_app/ui/residents_page.py" line="209"/>
        <source>Moved in</source>
        <translation>入住</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="210"/>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="279"/>
        <source>(no unit)</source>
        <translation>（无单元）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/residents_page.py" line="340"/>
        <source>%n room(s) found</source>
        <translation>
            <numerusform>找到 %n 间房</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/residents_page.py" line="342"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>共 %n 间</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="414"/>
        <source>No room matches the search.</source>
        <translation>没有符合条件的房间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="449"/>
        <source>Choose a room</source>
        <translation>请选择房间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="452"/>
        <source>Browse the estate on the left, or find a room by its number, a phone&apos;s last digits, a surname or pinyin initials.</source>
        <translation>在左侧浏览楼栋，或按房号、电话尾号、姓氏、拼音首字母查找房间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="472"/>
        <source>Living here (%1)</source>
        <translation>现住户（%1）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="473"/>
        <source>Moved out (%1)</source>
        <translation>已迁出（%1）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="482"/>
        <source>floor %1</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="484"/>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="487"/>
        <location filename="../../desk_app/ui/residents_page.py" line="517"/>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="492"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="510"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="512"/>
        <source>Phones: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="515"/>
        <source>Emergency contact: %1</source>
        <translation>紧急联系人：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="534"/>
        <source>%1: no emergency contact or notes recorded.</source>
        <translation>%1：未登记紧急联系人或备注。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="578"/>
        <source>%1 registered in %2.</source>
        <translation>%1 已登记到 %2。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="590"/>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="601"/>
        <source>%1 moved out; the record stays under “Moved out”.</source>
        <translation>%1 已迁出，记录保留在“已迁出”中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="612"/>
        <source>Void the record of %1</source>
        <translation>作废 %1 的记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="613"/>
        <source>Reason for voiding (the record stays, marked void):</source>
        <translation>作废原因（记录保留，标记为作废）：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="625"/>
        <source>The record of %1 was voided.</source>
        <translation>%1 的记录已作废。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="645"/>
        <source>Room %1 registered.</source>
        <translation>房间 %1 已登记。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="656"/>
        <source>Room %1 saved.</source>
        <translation>房间 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="668"/>
        <source>Imported: %1 new residents, %2 given missing details, %3 new rooms.</source>
        <translation>已导入：新住户 %1 人，补充信息 %2 人，新房间 %3 间。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="18"/>
        <source>Clerk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="19"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="20"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="21"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="39"/>
        <source>log and print front-desk work</source>
        <translation>登记和打印前台业务</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="40"/>
        <source>edit their own open records</source>
        <translation>修改本人未结记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="41"/>
        <source>void records</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="42"/>
        <source>sign the daily log</source>
        <translation>审核签字当日登记</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="43"/>
        <source>approve requests and resolutions</source>
        <translation>审批申请和处理方案</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="44"/>
        <source>see full ID numbers</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="45"/>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="46"/>
        <source>close major complaints</source>
        <translation>关闭重大投诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="47"/>
        <source>run company reports</source>
        <translation>生成公司报表</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="48"/>
        <source>manage users, departments and settings</source>
        <translation>管理用户、部门和设置</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="292"/>
        <source>Name of the community</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="297"/>
        <source>New room</source>
        <translation>新房间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="298"/>
        <source>(from the room number)</source>
        <translation>（由房号推算）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="309"/>
        <source>Edit room %1</source>
        <translation>编辑房间 %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="310"/>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
</context>
<context>
    <name>RoomForm</name>
    <message>
        <location filename="../../forms/room_dialog.ui" line="6"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="10"/>
        <source>&amp;Community</source>
        <translation>小区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="12"/>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="13"/>
        <source>3, 3栋 or 12#</source>
        <translation>3、3栋 或 12#</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="14"/>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="15"/>
        <source>2 or 2单元; empty if the building has none</source>
        <translation>2 或 2单元；没有单元可不填</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="16"/>
        <source>Room &amp;number</source>
        <translation>房间号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="18"/>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="20"/>
        <source>&amp;Area (m²)</source>
        <translation>面积(&amp;A)（m²）</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="22"/>
        <source>&amp;Occupancy</source>
        <translation>入住状态(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="24"/>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
</context>
<context>
    <name>RoomHistoryPanel</name>
    <message>
        <location filename="../../desk_app/ui/history_panel.py" line="38"/>
        <source>Choose a room to see its recent records.</source>
        <translation>选择房号后，这里显示该户的近期记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/history_panel.py" line="42"/>
        <source>No earlier records for this home.</source>
        <translation>该户没有以往记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/history_panel.py" line="44"/>
        <source>%n recent record(s):</source>
        <translation>
            <numerusform>近期记录 %n 条：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/history_panel.py" line="69"/>
        <source>Work order</source>
        <translation>派工单</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="83"/>
        <source>Service center name</source>
        <translation>服务中心名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="89"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="93"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="102"/>
        <source>Emergency: on site within (minutes)</source>
        <translation>急修：到场时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="110"/>
        <source>Emergency: completed within (hours)</source>
        <translation>急修：完成时限（小时）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="118"/>
        <source>Normal: completed within (hours, without appointment)</source>
        <translation>一般维修：完成时限（小时，未预约时）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="126"/>
        <source>Warn before a deadline (minutes)</source>
        <translation>到期前提醒（分钟）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="134"/>
        <source>Callback due after completion (hours)</source>
        <translation>完工后回访时限（小时）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="142"/>
        <source>Callback tries before unreachable</source>
        <translation>回访未接通几次后记为联系不上</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="151"/>
        <source>Complaint: reply within (days)</source>
        <translation>投诉：答复时限（天）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="159"/>
        <source>Complaint: resolve within (working days)</source>
        <translation>投诉：处理时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="167"/>
        <source>Consultation: resolve within (working days)</source>
        <translation>咨询：处理时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="175"/>
        <source>Repeat complaint escalates within (hours)</source>
        <translation>重复投诉自动升级时间窗（小时）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="183"/>
        <source>Contact follow-up overdue after (hours)</source>
        <translation>来电跟进超时（小时）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="191"/>
        <source>Default paper for work orders</source>
        <translation>派工单默认纸张</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="198"/>
        <source>Print offset, horizontal (mm)</source>
        <translation>打印偏移，水平（毫米）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="206"/>
        <source>Print offset, vertical (mm)</source>
        <translation>打印偏移，垂直（毫米）</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="214"/>
        <source>Phone masked on the slip&apos;s parts</source>
        <translation>派工单上隐藏电话的联</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="221"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../forms/settings_page.ui" line="8"/>
        <source>Only an administrator can change settings, users and departments.</source>
        <translation>只有管理员可以修改设置、用户和部门。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="15"/>
        <source>Service center</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="19"/>
        <source>Time limits</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="23"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="27"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="31"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="36"/>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="37"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="38"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="39"/>
        <source>&amp;Disable / enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="40"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="47"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="52"/>
        <source>New &amp;department…</source>
        <translation>新建部门(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="53"/>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="54"/>
        <source>Disable / ena&amp;ble</source>
        <translation>停用/启用(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="61"/>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="65"/>
        <source>Contact channels</source>
        <translation>来电来访方式</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="70"/>
        <source>New channel…</source>
        <translation>新增方式…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="71"/>
        <location filename="../../forms/settings_page.ui" line="86"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="72"/>
        <location filename="../../forms/settings_page.ui" line="87"/>
        <source>Disable / enable</source>
        <translation>停用/启用</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="80"/>
        <source>Work-order categories</source>
        <translation>报修类别</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="85"/>
        <source>New category…</source>
        <translation>新增类别…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="105"/>
        <source>Test pages on:</source>
        <translation>测试页纸张：</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="107"/>
        <source>Save a &amp;test page…</source>
        <translation>保存测试页(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="108"/>
        <source>&amp;Calibration page…</source>
        <translation>打印校准页(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="110"/>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="52"/>
        <source>A4, three parts on one sheet</source>
        <translation>A4 纸，一张三联</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="53"/>
        <source>241 mm continuous form (dot matrix)</source>
        <translation>241 mm 连续纸（针式打印机）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="56"/>
        <source>Only on the resident&apos;s receipt</source>
        <translation>仅业主回执联</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="57"/>
        <source>On the department copy and the receipt</source>
        <translation>派工联和业主回执联</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="60"/>
        <source>Nowhere (full number on every part)</source>
        <translation>都不隐藏（各联显示完整号码）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="61"/>
        <source>Automatic (system language)</source>
        <translation>自动（跟随系统语言）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="121"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="122"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="123"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="124"/>
        <location filename="../../desk_app/ui/settings_page.py" line="132"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="125"/>
        <location filename="../../desk_app/ui/settings_page.py" line="135"/>
        <location filename="../../desk_app/ui/settings_page.py" line="142"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="126"/>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="133"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="136"/>
        <location filename="../../desk_app/ui/settings_page.py" line="142"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="136"/>
        <location filename="../../desk_app/ui/settings_page.py" line="142"/>
        <location filename="../../desk_app/ui/settings_page.py" line="371"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="145"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="148"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="219"/>
        <source>A new language takes effect when the program starts again.</source>
        <translation>更改界面语言后，重新启动程序生效。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/settings_page.py" line="275"/>
        <source>Settings saved (%n changed).</source>
        <translation>
            <numerusform>设置已保存（修改了 %n 项）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="278"/>
        <source>Nothing to save: no setting changed.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="297"/>
        <source>Calibration page</source>
        <translation>打印校准页</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="301"/>
        <source>Save a test page</source>
        <translation>保存测试页</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="301"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="318"/>
        <source>Test page saved to %1.</source>
        <translation>测试页已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="338"/>
        <source>New entry</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="338"/>
        <location filename="../../desk_app/ui/settings_page.py" line="351"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="351"/>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="367"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="373"/>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="374"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="379"/>
        <source>Select a row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="397"/>
        <source>User created.</source>
        <translation>用户已创建。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="408"/>
        <source>User saved.</source>
        <translation>用户已保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="417"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="418"/>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="424"/>
        <source>Password reset; the account is unlocked.</source>
        <translation>密码已重置，账号已解锁。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="434"/>
        <source>User disabled.</source>
        <translation>用户已停用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="434"/>
        <source>User enabled.</source>
        <translation>用户已启用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="442"/>
        <source>Account unlocked.</source>
        <translation>账号已解锁。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="461"/>
        <source>Department disabled.</source>
        <translation>部门已停用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="461"/>
        <source>Department enabled.</source>
        <translation>部门已启用。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin_dialogs.py" line="52"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin_dialogs.py" line="56"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin_dialogs.py" line="59"/>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../forms/user_dialog.ui" line="6"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="12"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="19"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="26"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="33"/>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="40"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="111"/>
        <source>New work order</source>
        <translation>新建派工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="113"/>
        <source>Work order %1</source>
        <translation>派工单 %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="126"/>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="127"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="128"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="129"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="130"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="286"/>
        <source>Total ¥%1</source>
        <translation>合计 ¥%1</translation>
    </message>
</context>
<context>
    <name>WorkOrderForm</name>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="6"/>
        <source>Work order</source>
        <translation>派工单</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="12"/>
        <source>&amp;Room</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="13"/>
        <source>3-2-1501, phone digits or surname</source>
        <translation>3-2-1501、电话尾号、姓氏或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="14"/>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="16"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="18"/>
        <source>&amp;Location</source>
        <translation>报修位置(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="20"/>
        <source>Pl&amp;ace</source>
        <translation>具体位置(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="21"/>
        <source>e.g. bathroom ceiling; 3rd floor stairwell</source>
        <translation>如：主卫吊顶；3 楼楼梯间</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="22"/>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="24"/>
        <source>&amp;Urgency</source>
        <translation>紧急程度(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="26"/>
        <source>Appoint&amp;ment</source>
        <translation>预约时间(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="28"/>
        <source>&amp;Description</source>
        <translation>报修内容(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="30"/>
        <source>D&amp;epartment</source>
        <translation>派往部门(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="32"/>
        <source>&amp;Technician</source>
        <translation>维修人员(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="34"/>
        <source>By appointment</source>
        <translation>预约上门</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="39"/>
        <source>Paid repair (quote agreed before dispatch)</source>
        <translation>有偿维修（派工前须业主同意报价）</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="46"/>
        <source>Add material line</source>
        <translation>增加材料</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="47"/>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="49"/>
        <source>Labour</source>
        <translation>人工费</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="52"/>
        <source>Resident agreed to the quote</source>
        <translation>业主已同意报价</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="73"/>
        <source>This home&apos;s recent records</source>
        <translation>本户近期记录</translation>
    </message>
</context>
<context>
    <name>WorkOrders</name>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="55"/>
        <source>Emergency</source>
        <translation>急修</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="56"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="57"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="67"/>
        <source>Inside the home</source>
        <translation>户内</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="68"/>
        <source>Public area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="86"/>
        <source>Awaiting dispatch</source>
        <translation>待派工</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="87"/>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="88"/>
        <source>On site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="89"/>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="90"/>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="91"/>
        <location filename="../../desk_app/domain/work_orders.py" line="126"/>
        <source>Slip returned</source>
        <translation>已返单</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="92"/>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="93"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="94"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="95"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="123"/>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="124"/>
        <source>Arrived on site</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="125"/>
        <source>Complete</source>
        <translation>完工</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="127"/>
        <source>Record the callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="128"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="129"/>
        <source>Put on hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="130"/>
        <source>Resume</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="131"/>
        <source>Handed back to the desk</source>
        <translation>退单</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="132"/>
        <source>Transfer to another department</source>
        <translation>转单</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="133"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="134"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="135"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="204"/>
        <location filename="../../desk_app/domain/work_orders.py" line="211"/>
        <source>The work order</source>
        <translation>派工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="242"/>
        <source>Parts awaited</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="243"/>
        <source>Resident not at home</source>
        <translation>业主不在家</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="244"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="259"/>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="260"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="261"/>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="262"/>
        <source>Asked to call later</source>
        <translation>约定稍后再打</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="263"/>
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="282"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="283"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="284"/>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="285"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="425"/>
        <source>On site by</source>
        <translation>到场时限</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="426"/>
        <source>Completed by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="427"/>
        <source>Called back by</source>
        <translation>回访时限</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="439"/>
        <source>In time</source>
        <translation>未超时</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="440"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="441"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="727"/>
        <source>Major work order</source>
        <translation>重大派工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="370"/>
        <source>The slip is already back.</source>
        <translation>派工单已经返回。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="371"/>
        <source>The job is not completed yet.</source>
        <translation>维修尚未完工。</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="372"/>
        <source>The order is cancelled or voided.</source>
        <translation>派工单已取消或作废。</translation>
    </message>
</context>
<context>
    <name>WorkOrdersForm</name>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="8"/>
        <source>&amp;New work order… (Ctrl+N)</source>
        <translation>新建派工单(&amp;N)… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="9"/>
        <source>Returned slip — scan or type the serial:</source>
        <translation>返单——扫描或输入单号：</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="10"/>
        <source>PG-20261123-0001 + Enter</source>
        <translation>PG-20261123-0001 + 回车</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="17"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="19"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="24"/>
        <source>Room or building</source>
        <translation>房号或楼栋</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="25"/>
        <source>Search the description (2+ characters)</source>
        <translation>搜索报修内容（至少 2 个字）</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="26"/>
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="27"/>
        <source>By deadline</source>
        <translation>按时限排序</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="41"/>
        <source>&amp;Print slip… (Ctrl+P)</source>
        <translation>打印派工单(&amp;P)… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="43"/>
        <source>More steps</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="44"/>
        <source>Call &amp;back…</source>
        <translation>回访(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="45"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPage</name>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="155"/>
        <source>All orders</source>
        <translation>全部派工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="156"/>
        <source>Open</source>
        <translation>未完结</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="157"/>
        <source>Callbacks due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="158"/>
        <source>Slips not returned</source>
        <translation>未返单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="159"/>
        <source>Unreachable (supervisor)</source>
        <translation>联系不上（主管）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="163"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="166"/>
        <source>Any urgency</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="169"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="197"/>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="198"/>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="199"/>
        <source>Room / place</source>
        <translation>房号/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="200"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="201"/>
        <source>Urgency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="202"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="203"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="204"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="205"/>
        <source>Slip out</source>
        <translation>未返单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="206"/>
        <source>Description</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="214"/>
        <source>%1 (paused)</source>
        <translation>%1（已暂停）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="217"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="233"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="220"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="234"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="222"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="224"/>
        <source>%1 (%2 late)</source>
        <translation>%1（超时 %2）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="225"/>
        <source>%1 (%2 left)</source>
        <translation>%1（剩 %2）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="273"/>
        <source>%1 orders · overdue %2 · due soon %3 · callbacks due %4 · slips out %5</source>
        <translation>共 %1 单 · 超时 %2 · 即将到期 %3 · 待回访 %4 · 未返单 %5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="306"/>
        <source>Select an order to see it here.</source>
        <translation>选择一张派工单，在这里查看详情。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="308"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="313"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="327"/>
        <source>Amend the callback result…</source>
        <translation>修改回访结果…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="350"/>
        <source>Deadline: %1</source>
        <translation>时限：%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="353"/>
        <source>Paid job, total ¥%1</source>
        <translation>有偿维修，合计 ¥%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="355"/>
        <source>agreed by the resident</source>
        <translation>业主已同意</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="357"/>
        <source>callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="375"/>
        <source>printed (copy %1)</source>
        <translation>打印（第 %1 次）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="417"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="427"/>
        <source>Work done:</source>
        <translation>处理情况：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="433"/>
        <source>Late emergency — stop-gap taken and why:</source>
        <translation>急修超时——临时处理措施及原因：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="443"/>
        <source>Waiting for:</source>
        <translation>暂停原因：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="447"/>
        <source>Note and expected date (days from today):</source>
        <translation>备注及预计恢复时间（几天后）：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="456"/>
        <source>To department:</source>
        <translation>转往部门：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="457"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="464"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="538"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="481"/>
        <source>Reached: record the result</source>
        <translation>已接通，记录结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="482"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="483"/>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="484"/>
        <source>Asked to call later</source>
        <translation>约定稍后再打</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="488"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="501"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="510"/>
        <source>Callback %1</source>
        <translation>回访 %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="489"/>
        <source>Outcome:</source>
        <translation>回访结果：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="502"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="537"/>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="510"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="516"/>
        <source>Callback saved.</source>
        <translation>回访已保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="521"/>
        <source>Dissatisfied: reopen the order from More steps if needed.</source>
        <translation>业主不满意：如需返修，请在“更多操作”中重新打开派工单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="530"/>
        <source>Attempt logged.</source>
        <translation>已记录未接通的回访。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="535"/>
        <source>Amend the callback result</source>
        <translation>修改回访结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="544"/>
        <source>Callback result amended.</source>
        <translation>回访结果已修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="562"/>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="580"/>
        <source>Select the orders to print.</source>
        <translation>请选择要打印的派工单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="588"/>
        <source>Work order slips</source>
        <translation>派工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="605"/>
        <source>%1: press Enter to mark the slip returned.</source>
        <translation>%1：按回车键登记返单。</translation>
    </message>
</context>
</TS>
