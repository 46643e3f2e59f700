<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>App</name>
        <message>
            <location filename="../../desk_app/ui/app.py" line="40" />
            <source>Cannot open the database:
%1</source>
            <translation>Cannot open the database:
%1</translation>
        </message>
    </context>
    <context>
        <name>DepartmentDialog</name>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="123" />
            <source>New department</source>
            <translation>New department</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="123" />
            <source>Edit department</source>
            <translation>Edit department</translation>
        </message>
    </context>
    <context>
        <name>DepartmentForm</name>
        <message>
            <location filename="../../forms/department_dialog.ui" line="5" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../forms/department_dialog.ui" line="11" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../forms/department_dialog.ui" line="18" />
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="20" />
            <source>The operation failed.</source>
            <translation>The operation failed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="36" />
            <source>The input is not valid.</source>
            <translation>The input is not valid.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="40" />
            <source>The record was not found.</source>
            <translation>The record was not found.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="44" />
            <source>Your role ({role}) may not {action}.</source>
            <translation>Your role ({role}) may not {action}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="48" />
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="52" />
            <source>Too many failed logins: the account is locked until {until}.</source>
            <translation>Too many failed logins: the account is locked until {until}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="58" />
            <source>This account has been disabled.</source>
            <translation>This account has been disabled.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="62" />
            <source>The record already exists.</source>
            <translation>The record already exists.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/errors.py" line="66" />
            <source>This database was written by a newer version of the program (schema {found}). This version knows schema {known} at most; install the newer version.</source>
            <translation>This database was written by a newer version of the program (schema {found}). This version knows schema {known} at most; install the newer version.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="33" />
            <source>{label}: choose one of {choices}.</source>
            <translation>{label}: choose one of {choices}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="40" />
            <source>{label}: at most {n} characters.</source>
            <translation>{label}: at most {n} characters.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="52" />
            <source>{label}: enter a number.</source>
            <translation>{label}: enter a number.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="60" />
            <source>{label}: enter a value from {low} to {high}.</source>
            <translation>{label}: enter a value from {low} to {high}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="91" />
            <source>The password needs at least {n} characters.</source>
            <translation>The password needs at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="101" />
            <source>The user name must be 1–40 characters without spaces.</source>
            <translation>The user name must be 1–40 characters without spaces.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="111" />
            <source>Enter the person's name (at most 40 characters).</source>
            <translation>Enter the person's name (at most 40 characters).</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="135" />
            <source>The administrator has already been created.</source>
            <translation>The administrator has already been created.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="224" />
            <source>The current password is wrong.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="256" />
            <source>The user name {name} is taken.</source>
            <translation>The user name {name} is taken.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="303" />
            <source>You cannot disable your own account.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="360" />
            <source>Enter the department's name (at most 40 characters).</source>
            <translation>Enter the department's name (at most 40 characters).</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="368" />
            <source>A department named {name} already exists.</source>
            <translation>A department named {name} already exists.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="445" />
            <source>No user with number {id}.</source>
            <translation>No user with number {id}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="453" />
            <source>No department with number {id}.</source>
            <translation>No department with number {id}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="466" />
            <source>At least one active administrator must remain.</source>
            <translation>At least one active administrator must remain.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="475" />
            <source>Unknown role {role}.</source>
            <translation>Unknown role {role}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/demo.py" line="39" />
            <source>The database already has users; demo data goes into a new database.</source>
            <translation>The database already has users; demo data goes into a new database.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" line="47" />
            <source>Unknown setting {key}.</source>
            <translation>Unknown setting {key}.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../desk_app/ui/login.py" line="54" />
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunForm</name>
        <message>
            <location filename="../../forms/first_run.ui" line="5" />
            <source>Set up the administrator</source>
            <translation>Set up the administrator</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="9" />
            <source>This database has no users yet. Create the administrator account: it manages users, departments and settings.</source>
            <translation>This database has no users yet. Create the administrator account: it manages users, departments and settings.</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="17" />
            <source>Service &amp;center name</source>
            <translation>Service &amp;center name</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="24" />
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="31" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="38" />
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="45" />
            <source>&amp;Repeat password</source>
            <translation>&amp;Repeat password</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="52" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desk_app/ui/login.py" line="93" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
    </context>
    <context>
        <name>LoginForm</name>
        <message>
            <location filename="../../forms/login.ui" line="5" />
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location filename="../../forms/login.ui" line="17" />
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../forms/login.ui" line="24" />
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="42" />
            <source>Workbench</source>
            <translation>Workbench</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="43" />
            <source>Calls &amp; visits</source>
            <translation>Calls &amp; visits</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="44" />
            <source>Visitors</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="45" />
            <source>Work orders</source>
            <translation>Work orders</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="46" />
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="47" />
            <source>Access cards</source>
            <translation>Access cards</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="48" />
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="49" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="50" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="69" />
            <source>Front desk — %1</source>
            <translation>Front desk — %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="118" />
            <source>User: %1 (%2)</source>
            <translation>User: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="123" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindowForm</name>
        <message>
            <location filename="../../forms/main_window.ui" line="22" />
            <source>Search room, phone, name… (Ctrl+F)</source>
            <translation>Search room, phone, name… (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../desk_app/ui/placeholder.py" line="17" />
            <source>This screen arrives with a later version.</source>
            <translation>This screen arrives with a later version.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="18" />
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="19" />
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="20" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="21" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="39" />
            <source>log and print front-desk work</source>
            <translation>log and print front-desk work</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="40" />
            <source>edit their own open records</source>
            <translation>edit their own open records</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="41" />
            <source>void records</source>
            <translation>void records</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="42" />
            <source>sign the daily log</source>
            <translation>sign the daily log</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="43" />
            <source>approve requests and resolutions</source>
            <translation>approve requests and resolutions</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="44" />
            <source>see full ID numbers</source>
            <translation>see full ID numbers</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="45" />
            <source>export data</source>
            <translation>export data</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="46" />
            <source>close major complaints</source>
            <translation>close major complaints</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="47" />
            <source>run company reports</source>
            <translation>run company reports</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/roles.py" line="48" />
            <source>manage users, departments and settings</source>
            <translation>manage users, departments and settings</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="76" />
            <source>Service center name</source>
            <translation>Service center name</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="82" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="84" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="88" />
            <source>Emergency: on site within (minutes)</source>
            <translation>Emergency: on site within (minutes)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="96" />
            <source>Emergency: completed within (hours)</source>
            <translation>Emergency: completed within (hours)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="104" />
            <source>Normal: completed within (hours, without appointment)</source>
            <translation>Normal: completed within (hours, without appointment)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="112" />
            <source>Warn before a deadline (minutes)</source>
            <translation>Warn before a deadline (minutes)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="120" />
            <source>Callback due after completion (hours)</source>
            <translation>Callback due after completion (hours)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="128" />
            <source>Callback tries before unreachable</source>
            <translation>Callback tries before unreachable</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="137" />
            <source>Complaint: reply within (days)</source>
            <translation>Complaint: reply within (days)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="145" />
            <source>Complaint: resolve within (working days)</source>
            <translation>Complaint: resolve within (working days)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="153" />
            <source>Consultation: resolve within (working days)</source>
            <translation>Consultation: resolve within (working days)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="161" />
            <source>Repeat complaint escalates within (hours)</source>
            <translation>Repeat complaint escalates within (hours)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="169" />
            <source>Contact follow-up overdue after (hours)</source>
            <translation>Contact follow-up overdue after (hours)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="177" />
            <source>Default paper for work orders</source>
            <translation>Default paper for work orders</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="184" />
            <source>Print offset, horizontal (mm)</source>
            <translation>Print offset, horizontal (mm)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="192" />
            <source>Print offset, vertical (mm)</source>
            <translation>Print offset, vertical (mm)</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/settings.py" line="200" />
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <location filename="../../forms/settings_page.ui" line="8" />
            <source>Only an administrator can change settings, users and departments.</source>
            <translation>Only an administrator can change settings, users and departments.</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="15" />
            <source>Service center</source>
            <translation>Service center</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="19" />
            <source>Time limits</source>
            <translation>Time limits</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="23" />
            <source>Printing</source>
            <translation>Printing</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="27" />
            <source>Interface</source>
            <translation>Interface</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="31" />
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="36" />
            <source>&amp;New user…</source>
            <translation>&amp;New user…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="37" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="38" />
            <source>&amp;Reset password…</source>
            <translation>&amp;Reset password…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="39" />
            <source>&amp;Disable / enable</source>
            <translation>&amp;Disable / enable</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="40" />
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="47" />
            <source>Departments</source>
            <translation>Departments</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="52" />
            <source>New &amp;department…</source>
            <translation>New &amp;department…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="53" />
            <source>Edi&amp;t…</source>
            <translation>Edi&amp;t…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="54" />
            <source>Disable / ena&amp;ble</source>
            <translation>Disable / ena&amp;ble</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="70" />
            <source>Save a &amp;test page…</source>
            <translation>Save a &amp;test page…</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="72" />
            <source>&amp;Save settings</source>
            <translation>&amp;Save settings</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="99" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="100" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="101" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="102" />
            <location filename="../../desk_app/ui/settings_page.py" line="110" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="103" />
            <location filename="../../desk_app/ui/settings_page.py" line="113" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="104" />
            <source>Last login</source>
            <translation>Last login</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="111" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="114" />
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="114" />
            <location filename="../../desk_app/ui/settings_page.py" line="241" />
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="154" />
            <source>A new language takes effect when the program starts again.</source>
            <translation>A new language takes effect when the program starts again.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_app/ui/settings_page.py" line="208" />
            <source>Settings saved (%n changed).</source>
            <translation>
                <numerusform>Settings saved (%n changed).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="211" />
            <source>Nothing to save: no setting changed.</source>
            <translation>Nothing to save: no setting changed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="215" />
            <source>Save a test page</source>
            <translation>Save a test page</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="215" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="230" />
            <source>Test page saved to %1.</source>
            <translation>Test page saved to %1.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="243" />
            <source>Locked until %1</source>
            <translation>Locked until %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="244" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="249" />
            <source>Select a row first.</source>
            <translation>Select a row first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="267" />
            <source>User created.</source>
            <translation>User created.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="278" />
            <source>User saved.</source>
            <translation>User saved.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="287" />
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="288" />
            <source>New password for %1:</source>
            <translation>New password for %1:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="294" />
            <source>Password reset; the account is unlocked.</source>
            <translation>Password reset; the account is unlocked.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="304" />
            <source>User disabled.</source>
            <translation>User disabled.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="304" />
            <source>User enabled.</source>
            <translation>User enabled.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="312" />
            <source>Account unlocked.</source>
            <translation>Account unlocked.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="331" />
            <source>Department disabled.</source>
            <translation>Department disabled.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="331" />
            <source>Department enabled.</source>
            <translation>Department enabled.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="52" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="56" />
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="59" />
            <source>Edit user</source>
            <translation>Edit user</translation>
        </message>
    </context>
    <context>
        <name>UserForm</name>
        <message>
            <location filename="../../forms/user_dialog.ui" line="5" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="11" />
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="18" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="25" />
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="32" />
            <source>&amp;Department</source>
            <translation>&amp;Department</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="39" />
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
    </context>
</TS>
