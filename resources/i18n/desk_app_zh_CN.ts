<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>App</name>
        <message>
            <location filename="../../desk_app/ui/app.py" line="40" />
            <source>Cannot open the database:
%1</source>
            <translation>无法打开数据库：
%1</translation>
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
            <location filename="../../forms/department_dialog.ui" line="5" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../forms/department_dialog.ui" line="11" />
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../forms/department_dialog.ui" line="18" />
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
            <location filename="../../desk_app/services/accounts.py" line="360" />
            <source>Enter the department's name (at most 40 characters).</source>
            <translation>请输入部门名称（最多 40 个字符）。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="368" />
            <source>A department named {name} already exists.</source>
            <translation>已有名为 {name} 的部门。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="445" />
            <source>No user with number {id}.</source>
            <translation>找不到编号为 {id} 的用户。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="453" />
            <source>No department with number {id}.</source>
            <translation>找不到编号为 {id} 的部门。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="466" />
            <source>At least one active administrator must remain.</source>
            <translation>必须至少保留一个启用的管理员账号。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="475" />
            <source>Unknown role {role}.</source>
            <translation>未知角色 {role}。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/demo.py" line="39" />
            <source>The database already has users; demo data goes into a new database.</source>
            <translation>该数据库已有用户；演示数据只能写入新数据库。</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" line="47" />
            <source>Unknown setting {key}.</source>
            <translation>未知设置项 {key}。</translation>
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
            <location filename="../../forms/first_run.ui" line="5" />
            <source>Set up the administrator</source>
            <translation>创建管理员</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="9" />
            <source>This database has no users yet. Create the administrator account: it manages users, departments and settings.</source>
            <translation>数据库中还没有用户。请创建管理员账号：管理员负责管理用户、部门和系统设置。</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="17" />
            <source>Service &amp;center name</source>
            <translation>服务中心名称(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="24" />
            <source>&amp;User name</source>
            <translation>用户名(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="31" />
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="38" />
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="45" />
            <source>&amp;Repeat password</source>
            <translation>确认密码(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="52" />
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
            <location filename="../../forms/login.ui" line="5" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../forms/login.ui" line="17" />
            <source>&amp;User name</source>
            <translation>用户名(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../forms/login.ui" line="24" />
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="42" />
            <source>Workbench</source>
            <translation>工作台</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="43" />
            <source>Calls &amp; visits</source>
            <translation>来电来访</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="44" />
            <source>Visitors</source>
            <translation>访客</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="45" />
            <source>Work orders</source>
            <translation>派工单</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="46" />
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="47" />
            <source>Access cards</source>
            <translation>门禁卡</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="48" />
            <source>Residents</source>
            <translation>住户档案</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="49" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="50" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="69" />
            <source>Front desk — %1</source>
            <translation>物业前台 — %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="118" />
            <source>User: %1 (%2)</source>
            <translation>用户：%1（%2）</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="123" />
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
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../desk_app/ui/placeholder.py" line="17" />
            <source>This screen arrives with a later version.</source>
            <translation>此功能将在后续版本中提供。</translation>
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
            <location filename="../../desk_app/ui/settings_page.py" line="99" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="100" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="101" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="102" />
            <location filename="../../desk_app/ui/settings_page.py" line="110" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="103" />
            <location filename="../../desk_app/ui/settings_page.py" line="113" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="104" />
            <source>Last login</source>
            <translation>最近登录</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="111" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="114" />
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="114" />
            <location filename="../../desk_app/ui/settings_page.py" line="241" />
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="154" />
            <source>A new language takes effect when the program starts again.</source>
            <translation>更改界面语言后，重新启动程序生效。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_app/ui/settings_page.py" line="208" />
            <source>Settings saved (%n changed).</source>
            <translation>
                <numerusform>设置已保存（修改了 %n 项）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="211" />
            <source>Nothing to save: no setting changed.</source>
            <translation>没有需要保存的修改。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="215" />
            <source>Save a test page</source>
            <translation>保存测试页</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="215" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="230" />
            <source>Test page saved to %1.</source>
            <translation>测试页已保存到 %1。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="243" />
            <source>Locked until %1</source>
            <translation>锁定至 %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="244" />
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="249" />
            <source>Select a row first.</source>
            <translation>请先选择一行。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="267" />
            <source>User created.</source>
            <translation>用户已创建。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="278" />
            <source>User saved.</source>
            <translation>用户已保存。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="287" />
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="288" />
            <source>New password for %1:</source>
            <translation>%1 的新密码：</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="294" />
            <source>Password reset; the account is unlocked.</source>
            <translation>密码已重置，账号已解锁。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="304" />
            <source>User disabled.</source>
            <translation>用户已停用。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="304" />
            <source>User enabled.</source>
            <translation>用户已启用。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="312" />
            <source>Account unlocked.</source>
            <translation>账号已解锁。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="331" />
            <source>Department disabled.</source>
            <translation>部门已停用。</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="331" />
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
            <location filename="../../forms/user_dialog.ui" line="5" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="11" />
            <source>&amp;User name</source>
            <translation>用户名(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="18" />
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="25" />
            <source>&amp;Role</source>
            <translation>角色(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="32" />
            <source>&amp;Department</source>
            <translation>部门(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="39" />
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
    </context>
</TS>
