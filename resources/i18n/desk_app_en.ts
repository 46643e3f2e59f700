<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../desk_app/ui/app.py" line="44"/>
        <source>Cannot open the database:
%1</source>
        <translation>Cannot open the database:
%1</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="27"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="28"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="29"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="30"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="31"/>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="32"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="43"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="44"/>
        <source>Following</source>
        <translation>Following</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="45"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="59"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="60"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="61"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/contacts.py" line="62"/>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="41"/>
        <source>who (name)</source>
        <translation>who (name)</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="42"/>
        <source>where (room or place)</source>
        <translation>where (room or place)</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="43"/>
        <source>since when</source>
        <translation>since when</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="44"/>
        <source>how to reach them (phone)</source>
        <translation>how to reach them (phone)</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="45"/>
        <source>what happened</source>
        <translation>what happened</translation>
    </message>
</context>
<context>
    <name>ContactsForm</name>
    <message>
        <location filename="../../forms/contacts_page.ui" line="10"/>
        <source>Log a call or visit</source>
        <translation>Log a call or visit</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="12"/>
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="13"/>
        <source>3-2-1501, phone digits or surname</source>
        <translation>3-2-1501, phone digits or surname</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="14"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="16"/>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="18"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="20"/>
        <source>S&amp;ince</source>
        <translation>S&amp;ince</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="21"/>
        <source>e.g. since yesterday evening</source>
        <translation>e.g. since yesterday evening</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="22"/>
        <source>Channe&amp;l</source>
        <translation>Channe&amp;l</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="24"/>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="26"/>
        <source>Forwarded &amp;to</source>
        <translation>Forwarded &amp;to</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="28"/>
        <source>Per&amp;son</source>
        <translation>Per&amp;son</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="30"/>
        <source>Ti&amp;me</source>
        <translation>Ti&amp;me</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="32"/>
        <source>Follow-&amp;up</source>
        <translation>Follow-&amp;up</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="34"/>
        <source>Res&amp;ult</source>
        <translation>Res&amp;ult</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="36"/>
        <source>Call outc&amp;ome</source>
        <translation>Call outc&amp;ome</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="42"/>
        <source>New (Esc)</source>
        <translation>New (Esc)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="43"/>
        <source>Create &amp;work order…</source>
        <translation>Create &amp;work order…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="44"/>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="52"/>
        <source>This home&apos;s recent records</source>
        <translation>This home&apos;s recent records</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="62"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="64"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="70"/>
        <source>Room or building</source>
        <translation>Room or building</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="71"/>
        <source>Search the content (2+ characters)</source>
        <translation>Search the content (2+ characters)</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="72"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="80"/>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="81"/>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="82"/>
        <source>Mark &amp;reviewed…</source>
        <translation>Mark &amp;reviewed…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="83"/>
        <source>Sign the &amp;day…</source>
        <translation>Sign the &amp;day…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="84"/>
        <source>&amp;Print register…</source>
        <translation>&amp;Print register…</translation>
    </message>
    <message>
        <location filename="../../forms/contacts_page.ui" line="85"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="194"/>
        <source>(not forwarded)</source>
        <translation>(not forwarded)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="203"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="206"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="211"/>
        <source>Any follow-up</source>
        <translation>Any follow-up</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="214"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="253"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="254"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="255"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="256"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="257"/>
        <source>Room / place</source>
        <translation>Room / place</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="258"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="260"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="262"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="263"/>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="264"/>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="265"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="266"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="284"/>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="286"/>
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="330"/>
        <source>Log a call or visit</source>
        <translation>Log a call or visit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="371"/>
        <source>%1 made from %2.</source>
        <translation>%1 made from %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="381"/>
        <source>Logged %1.</source>
        <translation>Logged %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="386"/>
        <source>Amend a signed day</source>
        <translation>Amend a signed day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="386"/>
        <source>Reason for the amendment:</source>
        <translation>Reason for the amendment:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="391"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="408"/>
        <source>Amend %1</source>
        <translation>Amend %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/contacts_page.py" line="454"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entries</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="459"/>
        <source>Signed by %1 at %2</source>
        <translation>Signed by %1 at %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="472"/>
        <source>Select an entry in the list first.</source>
        <translation>Select an entry in the list first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="491"/>
        <source>Void %1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="491"/>
        <source>Reason for voiding:</source>
        <translation>Reason for voiding:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="496"/>
        <source>%1 voided.</source>
        <translation>%1 voided.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="504"/>
        <source>Review %1</source>
        <translation>Review %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="504"/>
        <source>Remark (optional):</source>
        <translation>Remark (optional):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="509"/>
        <source>%1 reviewed.</source>
        <translation>%1 reviewed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="515"/>
        <source>Show a single day to sign it.</source>
        <translation>Show a single day to sign it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="520"/>
        <source>Sign the day</source>
        <translation>Sign the day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="522"/>
        <source>Sign %1 with %2 entries (%3 reviewed)? Signed entries can only be amended by a supervisor, with a reason.</source>
        <translation>Sign %1 with %2 entries (%3 reviewed)? Signed entries can only be amended by a supervisor, with a reason.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="531"/>
        <source>%1 signed.</source>
        <translation>%1 signed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="550"/>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="565"/>
        <source>Contact register %1</source>
        <translation>Contact register %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="575"/>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="577"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/contacts_page.py" line="584"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="38"/>
        <source>Days not yet signed (contact log)</source>
        <translation>Days not yet signed (contact log)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="55"/>
        <source>Today %1: %2 calls and visits logged.</source>
        <translation>Today %1: %2 calls and visits logged.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="60"/>
        <source>Follow-ups overdue: %1</source>
        <translation>Follow-ups overdue: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="64"/>
        <source>Work orders overdue: %1</source>
        <translation>Work orders overdue: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="65"/>
        <source>due within the warning time: %1</source>
        <translation>due within the warning time: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="66"/>
        <source>callbacks due: %1</source>
        <translation>callbacks due: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="67"/>
        <source>slips not returned: %1</source>
        <translation>slips not returned: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="71"/>
        <source>unreachable for callback: %1</source>
        <translation>unreachable for callback: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="74"/>
        <source>unread notices: %1</source>
        <translation>unread notices: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dashboard_page.py" line="83"/>
        <source>Every day is signed.</source>
        <translation>Every day is signed.</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin_dialogs.py" line="123"/>
        <source>New department</source>
        <translation>New department</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin_dialogs.py" line="123"/>
        <source>Edit department</source>
        <translation>Edit department</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <location filename="../../forms/department_dialog.ui" line="6"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../forms/department_dialog.ui" line="12"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../forms/department_dialog.ui" line="19"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="38"/>
        <source>The operation failed.</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="54"/>
        <source>The input is not valid.</source>
        <translation>The input is not valid.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="58"/>
        <source>The record was not found.</source>
        <translation>The record was not found.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="62"/>
        <source>Your role ({role}) may not {action}.</source>
        <translation>Your role ({role}) may not {action}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="66"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="70"/>
        <source>Too many failed logins: the account is locked until {until}.</source>
        <translation>Too many failed logins: the account is locked until {until}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="76"/>
        <source>This account has been disabled.</source>
        <translation>This account has been disabled.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="80"/>
        <source>The record already exists.</source>
        <translation>The record already exists.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="84"/>
        <source>This database was written by a newer version of the program (schema {found}). This version knows schema {known} at most; install the newer version.</source>
        <translation>This database was written by a newer version of the program (schema {found}). This version knows schema {known} at most; install the newer version.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="97"/>
        <source>{record} is {current}; it cannot become {requested}.</source>
        <translation>{record} is {current}; it cannot become {requested}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/errors.py" line="114"/>
        <source>{record} is a paid job: record the resident&apos;s agreement to the quote before dispatch.</source>
        <translation>{record} is a paid job: record the resident&apos;s agreement to the quote before dispatch.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="39"/>
        <source>{label}: choose one of {choices}.</source>
        <translation>{label}: choose one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="51"/>
        <source>{label}: enter a number.</source>
        <translation>{label}: enter a number.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="59"/>
        <source>{label}: enter a value from {low} to {high}.</source>
        <translation>{label}: enter a value from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="91"/>
        <source>The password needs at least {n} characters.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="101"/>
        <source>The user name must be 1–40 characters without spaces.</source>
        <translation>The user name must be 1–40 characters without spaces.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="111"/>
        <source>Enter the person&apos;s name (at most 40 characters).</source>
        <translation>Enter the person&apos;s name (at most 40 characters).</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="135"/>
        <source>The administrator has already been created.</source>
        <translation>The administrator has already been created.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="224"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="256"/>
        <source>The user name {name} is taken.</source>
        <translation>The user name {name} is taken.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="303"/>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="370"/>
        <source>Enter the department&apos;s name (at most 40 characters).</source>
        <translation>Enter the department&apos;s name (at most 40 characters).</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="380"/>
        <source>A department named {name} already exists.</source>
        <translation>A department named {name} already exists.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="457"/>
        <source>No user with number {id}.</source>
        <translation>No user with number {id}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="465"/>
        <source>No department with number {id}.</source>
        <translation>No department with number {id}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="478"/>
        <source>At least one active administrator must remain.</source>
        <translation>At least one active administrator must remain.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/accounts.py" line="487"/>
        <source>Unknown role {role}.</source>
        <translation>Unknown role {role}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/demo.py" line="55"/>
        <source>The database already has users; demo data goes into a new database.</source>
        <translation>The database already has users; demo data goes into a new database.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/settings.py" line="61"/>
        <source>Unknown setting {key}.</source>
        <translation>Unknown setting {key}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="70"/>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="125"/>
        <source>Phone {phone}: only mainland numbers (+86) can be registered.</source>
        <translation>Phone {phone}: only mainland numbers (+86) can be registered.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="83"/>
        <source>Phone {phone}: use digits only.</source>
        <translation>Phone {phone}: use digits only.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="192"/>
        <source>Phone {phone}: a mobile number has 11 digits, this one has {n}.</source>
        <translation>Phone {phone}: a mobile number has 11 digits, this one has {n}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="201"/>
        <source>Phone {phone}: mobile numbers begin with 13 to 19.</source>
        <translation>Phone {phone}: mobile numbers begin with 13 to 19.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="222"/>
        <source>Phone {phone}: add the area code, for example 0571-88886666.</source>
        <translation>Phone {phone}: add the area code, for example 0571-88886666.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="229"/>
        <source>Phone {phone} is not a phone number: give an 11-digit mobile or a landline with its area code.</source>
        <translation>Phone {phone} is not a phone number: give an 11-digit mobile or a landline with its area code.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="396"/>
        <source>ID number {id}: this is an old 15-digit number; ask for the 18-digit number on the current card.</source>
        <translation>ID number {id}: this is an old 15-digit number; ask for the 18-digit number on the current card.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="408"/>
        <source>ID number {id}: an ID number has 18 characters, this one has {n}.</source>
        <translation>ID number {id}: an ID number has 18 characters, this one has {n}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="417"/>
        <source>ID number {id}: the first 17 characters are digits and the last is a digit or X.</source>
        <translation>ID number {id}: the first 17 characters are digits and the last is a digit or X.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="426"/>
        <source>ID number {id}: the check digit does not match; a digit was probably mistyped.</source>
        <translation>ID number {id}: the check digit does not match; a digit was probably mistyped.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="438"/>
        <source>ID number {id}: the birth date in it (digits 7-14) is not a date.</source>
        <translation>ID number {id}: the birth date in it (digits 7-14) is not a date.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="446"/>
        <source>ID number {id}: the region code {region} does not exist.</source>
        <translation>ID number {id}: the region code {region} does not exist.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="455"/>
        <source>ID number {id}: the birth date in it is in the future.</source>
        <translation>ID number {id}: the birth date in it is in the future.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="180"/>
        <source>A channel needs a code and a name of at most 20 characters.</source>
        <translation>A channel needs a code and a name of at most 20 characters.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="218"/>
        <source>{day} has been signed; only a supervisor can add to it.</source>
        <translation>{day} has been signed; only a supervisor can add to it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="248"/>
        <source>An entry stays on its day ({day}); void it and log it again.</source>
        <translation>An entry stays on its day ({day}); void it and log it again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="348"/>
        <location filename="../../desk_app/services/contacts.py" line="376"/>
        <source>{day} has already been signed.</source>
        <translation>{day} has already been signed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="371"/>
        <source>{day} has not come yet.</source>
        <translation>{day} has not come yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="629"/>
        <source>Choose a channel from the list.</source>
        <translation>Choose a channel from the list.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="652"/>
        <location filename="../../desk_app/services/work_orders.py" line="1585"/>
        <source>The time lies in the future.</source>
        <translation>The time lies in the future.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="661"/>
        <source>Please fill in {what}: the five clear points of intake.</source>
        <translation>Please fill in {what}: the five clear points of intake.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="683"/>
        <source>{day} has been signed; only a supervisor can amend its entries.</source>
        <translation>{day} has been signed; only a supervisor can amend its entries.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="695"/>
        <source>Only the clerk who logged an entry can change it.</source>
        <translation>Only the clerk who logged an entry can change it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="702"/>
        <location filename="../../desk_app/services/work_orders.py" line="1628"/>
        <source>Entry {serial} has been voided.</source>
        <translation>Entry {serial} has been voided.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/contacts.py" line="713"/>
        <location filename="../../desk_app/services/work_orders.py" line="1625"/>
        <source>No entry with number {id}.</source>
        <translation>No entry with number {id}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/inputs.py" line="40"/>
        <source>Give a reason (at least two characters).</source>
        <translation>Give a reason (at least two characters).</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/export.py" line="25"/>
        <source>Unknown export format {fmt}; use csv or xlsx.</source>
        <translation>Unknown export format {fmt}; use csv or xlsx.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="347"/>
        <source>Date {value}: write it like 2024-05-01.</source>
        <translation>Date {value}: write it like 2024-05-01.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="359"/>
        <source>ID number {value} was stored as a number by Excel and has lost its last digits: format the column as text and type the number again.</source>
        <translation>ID number {value} was stored as a number by Excel and has lost its last digits: format the column as text and type the number again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="375"/>
        <source>Relation {value} is not known: write 业主, 家属 or 租户.</source>
        <translation>Relation {value} is not known: write 业主, 家属 or 租户.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="424"/>
        <source>{path}: no header row found. The sheet needs a room column (房号) and a name column (姓名) in its first {n} rows.</source>
        <translation>{path}: no header row found. The sheet needs a room column (房号) and a name column (姓名) in its first {n} rows.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="539"/>
        <source>No room given.</source>
        <translation>No room given.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="548"/>
        <source>No community: name it (--community, or the 小区 column) since several or none are registered.</source>
        <translation>No community: name it (--community, or the 小区 column) since several or none are registered.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="574"/>
        <location filename="../../desk_app/services/residents.py" line="282"/>
        <source>At most {n} phone numbers per resident.</source>
        <translation>At most {n} phone numbers per resident.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="647"/>
        <location filename="../../desk_app/services/resident_import.py" line="739"/>
        <source>Room {value} cannot be read: write it like 3-2-1501 or 3栋2单元1501.</source>
        <translation>Room {value} cannot be read: write it like 3-2-1501 or 3栋2单元1501.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="661"/>
        <location filename="../../desk_app/services/residents.py" line="372"/>
        <source>Building {value}: write it like 3, 3栋 or 12#.</source>
        <translation>Building {value}: write it like 3, 3栋 or 12#.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="673"/>
        <location filename="../../desk_app/services/residents.py" line="383"/>
        <source>Unit {value}: write it like 2 or 2单元.</source>
        <translation>Unit {value}: write it like 2 or 2单元.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="692"/>
        <source>Room {value} is in building {room_building}, the building column says {building}.</source>
        <translation>Room {value} is in building {room_building}, the building column says {building}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="708"/>
        <source>Room {value} is in unit {room_unit}, the unit column says {unit}.</source>
        <translation>Room {value} is in unit {room_unit}, the unit column says {unit}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="725"/>
        <source>Room {value} has no building: add a building column (楼栋) or write it like 3-2-1501.</source>
        <translation>Room {value} has no building: add a building column (楼栋) or write it like 3-2-1501.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="954"/>
        <source>{name} is registered with ID number {stored}, the file has {given}: check and correct the record by hand.</source>
        <translation>{name} is registered with ID number {stored}, the file has {given}: check and correct the record by hand.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="970"/>
        <source>{name} is registered as {stored}, the file says {given}: correct the record by hand if they changed.</source>
        <translation>{name} is registered as {stored}, the file says {given}: correct the record by hand if they changed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="985"/>
        <source>The register gives room {room} an area of {stored} m², the file {given} m²: correct the room by hand.</source>
        <translation>The register gives room {room} an area of {stored} m², the file {given} m²: correct the room by hand.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="1051"/>
        <source>{name} in {room} is already on row {first}: imported once only.</source>
        <translation>{name} in {room} is already on row {first}: imported once only.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="251"/>
        <source>Enter the resident&apos;s name.</source>
        <translation>Enter the resident&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="255"/>
        <source>A name has at most {n} characters.</source>
        <translation>A name has at most {n} characters.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="267"/>
        <source>Unknown relation {value}: owner, family or tenant.</source>
        <translation>Unknown relation {value}: owner, family or tenant.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="298"/>
        <location filename="../../desk_app/services/residents.py" line="928"/>
        <source>The move-out date is before the move-in date.</source>
        <translation>The move-out date is before the move-in date.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="333"/>
        <location filename="../../desk_app/services/residents.py" line="339"/>
        <source>Area {value}: enter the square metres as a number.</source>
        <translation>Area {value}: enter the square metres as a number.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="351"/>
        <source>Unknown occupancy state {value}.</source>
        <translation>Unknown occupancy state {value}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="361"/>
        <source>Room number {value}: write it like 1501.</source>
        <translation>Room number {value}: write it like 1501.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="564"/>
        <source>Enter the community&apos;s name (at most {n} characters).</source>
        <translation>Enter the community&apos;s name (at most {n} characters).</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="571"/>
        <source>The community {name} already exists.</source>
        <translation>The community {name} already exists.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="674"/>
        <location filename="../../desk_app/services/residents.py" line="1082"/>
        <source>No such room.</source>
        <translation>No such room.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="731"/>
        <source>No such community.</source>
        <translation>No such community.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="736"/>
        <source>Choose the community the room belongs to.</source>
        <translation>Choose the community the room belongs to.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="755"/>
        <location filename="../../desk_app/services/residents.py" line="776"/>
        <location filename="../../desk_app/services/residents.py" line="995"/>
        <source>Room {room} is already registered.</source>
        <translation>Room {room} is already registered.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="789"/>
        <source>Floor {value} is not a floor of a building.</source>
        <translation>Floor {value} is not a floor of a building.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="921"/>
        <source>{name} already moved out on {day}.</source>
        <translation>{name} already moved out on {day}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="945"/>
        <source>Give the reason for voiding the record.</source>
        <translation>Give the reason for voiding the record.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="1089"/>
        <source>No such resident.</source>
        <translation>No such resident.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="1096"/>
        <source>This record was voided and cannot be changed.</source>
        <translation>This record was voided and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/residents.py" line="1113"/>
        <source>{name} is already registered in {room}.</source>
        <translation>{name} is already registered in {room}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/tabular.py" line="33"/>
        <source>File {path} not found.</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/tabular.py" line="42"/>
        <source>{path} is an old Excel 97 file: open it in Excel and save it as .xlsx or CSV.</source>
        <translation>{path} is an old Excel 97 file: open it in Excel and save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/tabular.py" line="50"/>
        <source>{path}: import reads .xlsx and .csv files.</source>
        <translation>{path}: import reads .xlsx and .csv files.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/tabular.py" line="63"/>
        <source>{path} cannot be read as an Excel workbook.</source>
        <translation>{path} cannot be read as an Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/tabular.py" line="88"/>
        <source>{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8.</source>
        <translation>{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="201"/>
        <source>{record} is {current}; “{action}” is not possible.</source>
        <translation>{record} is {current}; “{action}” is not possible.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="474"/>
        <source>A category needs a code and a name of at most 20 characters.</source>
        <translation>A category needs a code and a name of at most 20 characters.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="481"/>
        <source>Completion limit: enter {low} to {high} hours.</source>
        <translation>Completion limit: enter {low} to {high} hours.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="590"/>
        <location filename="../../desk_app/services/work_orders.py" line="671"/>
        <source>{record} is {status}; it can no longer be edited.</source>
        <translation>{record} is {status}; it can no longer be edited.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="599"/>
        <source>Only the clerk who opened an order or a supervisor can change it.</source>
        <translation>Only the clerk who opened an order or a supervisor can change it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="610"/>
        <source>{record} has been dispatched: transfer it to change the department.</source>
        <translation>{record} has been dispatched: transfer it to change the department.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="665"/>
        <source>{record} is free of charge: there is no quote.</source>
        <translation>{record} is free of charge: there is no quote.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="755"/>
        <source>{record} is an emergency completed after its deadline ({deadline}): record the stop-gap measure and the explanation.</source>
        <translation>{record} is an emergency completed after its deadline ({deadline}): record the stop-gap measure and the explanation.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="796"/>
        <source>Give the date the work is expected to go on.</source>
        <translation>Give the date the work is expected to go on.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="854"/>
        <source>{record} is already with {department}: choose another one.</source>
        <translation>{record} is already with {department}: choose another one.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="885"/>
        <source>The slip of {record} has not come back yet: mark it returned first.</source>
        <translation>The slip of {record} has not come back yet: mark it returned first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="936"/>
        <source>No work order with the serial {serial}.</source>
        <translation>No work order with the serial {serial}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="957"/>
        <source>The slip of {record} is already back.</source>
        <translation>The slip of {record} is already back.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="999"/>
        <source>Give the time the resident asked to be called.</source>
        <translation>Give the time the resident asked to be called.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1085"/>
        <source>{record} has not been marked unreachable; call again.</source>
        <translation>{record} has not been marked unreachable; call again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1123"/>
        <source>No callback with number {id}.</source>
        <translation>No callback with number {id}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1127"/>
        <source>Only a saved callback result can be amended, not a missed call.</source>
        <translation>Only a saved callback result can be amended, not a missed call.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1140"/>
        <source>Nobody was reached: there is no satisfaction to record.</source>
        <translation>Nobody was reached: there is no satisfaction to record.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1225"/>
        <source>No notice with number {id}.</source>
        <translation>No notice with number {id}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1242"/>
        <source>Choose at least one work order to print.</source>
        <translation>Choose at least one work order to print.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1254"/>
        <source>{record} is {status}; it is not printed.</source>
        <translation>{record} is {status}; it is not printed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1589"/>
        <source>The time cannot be earlier than the step before it ({before}).</source>
        <translation>The time cannot be earlier than the step before it ({before}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1600"/>
        <source>The appointment lies in the past.</source>
        <translation>The appointment lies in the past.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1611"/>
        <source>Choose the department the job goes to.</source>
        <translation>Choose the department the job goes to.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1677"/>
        <source>Unknown paper {paper}; use {choices}.</source>
        <translation>Unknown paper {paper}; use {choices}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1949"/>
        <source>Describe the job.</source>
        <translation>Describe the job.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1954"/>
        <source>Choose a category from the list.</source>
        <translation>Choose a category from the list.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1960"/>
        <source>No room with number {id}.</source>
        <translation>No room with number {id}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1967"/>
        <source>Give the room of a job inside a home.</source>
        <translation>Give the room of a job inside a home.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1972"/>
        <source>Say where in the public area the job is.</source>
        <translation>Say where in the public area the job is.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1978"/>
        <source>Give a phone number to reach the resident.</source>
        <translation>Give a phone number to reach the resident.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1985"/>
        <source>A paid job needs a quote: materials or labour.</source>
        <translation>A paid job needs a quote: materials or labour.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="1990"/>
        <source>A free job has no charges: mark it paid or remove the quote.</source>
        <translation>A free job has no charges: mark it paid or remove the quote.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2024"/>
        <source>No work order with number {id}.</source>
        <translation>No work order with number {id}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2169"/>
        <source>Quote line {n}: enter a number.</source>
        <translation>Quote line {n}: enter a number.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2180"/>
        <source>A quote has at most {n} lines.</source>
        <translation>A quote has at most {n} lines.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2192"/>
        <source>Quote line {n}: give the material, a quantity above zero and a price.</source>
        <translation>Quote line {n}: give the material, a quantity above zero and a price.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2203"/>
        <source>The labour fee cannot be negative.</source>
        <translation>The labour fee cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="73"/>
        <source>Phone {phone}: too long for one phone number.</source>
        <translation>Phone {phone}: too long for one phone number.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="99"/>
        <source>Phone {phone}: only a landline or a 400/800 number has an extension.</source>
        <translation>Phone {phone}: only a landline or a 400/800 number has an extension.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="185"/>
        <source>Phone {phone}: too short for a phone number.</source>
        <translation>Phone {phone}: too short for a phone number.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="206"/>
        <source>Phone {phone}: no mobile number begins with {prefix}.</source>
        <translation>Phone {phone}: no mobile number begins with {prefix}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="213"/>
        <source>Phone {phone}: a 400 or 800 number has 10 digits, this one has {n}.</source>
        <translation>Phone {phone}: a 400 or 800 number has 10 digits, this one has {n}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="249"/>
        <source>Phone {phone}: there is no area code {area}.</source>
        <translation>Phone {phone}: there is no area code {area}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="256"/>
        <source>Phone {phone}: after the area code {area} a landline has {lengths} digits, this one has {n}.</source>
        <translation>Phone {phone}: after the area code {area} a landline has {lengths} digits, this one has {n}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/personal.py" line="268"/>
        <source>Phone {phone}: no landline of area code {area} begins with {digit}.</source>
        <translation>Phone {phone}: no landline of area code {area} begins with {digit}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="117"/>
        <source>{label} contains a NUL character, which cannot be stored.</source>
        <translation>{label} contains a NUL character, which cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="127"/>
        <source>{label} contains a broken character (a lone surrogate); retype it.</source>
        <translation>{label} contains a broken character (a lone surrogate); retype it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="139"/>
        <source>{label}: at most {n} characters, this has {length}.</source>
        <translation>{label}: at most {n} characters, this has {length}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="2207"/>
        <source>The quote comes to more than {n}: check the quantities and prices.</source>
        <translation>The quote comes to more than {n}: check the quantities and prices.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="43"/>
        <source>This field</source>
        <translation>This field</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="44"/>
        <source>Community name</source>
        <translation>Community name</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="45"/>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="50"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="51"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="52"/>
        <source>Agreement note</source>
        <translation>Agreement note</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="53"/>
        <location filename="../../desk_app/domain/text_input.py" line="59"/>
        <location filename="../../desk_app/domain/text_input.py" line="64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="54"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="55"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="56"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="57"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="58"/>
        <source>Job description</source>
        <translation>Job description</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="60"/>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="61"/>
        <source>Follow-up result</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="62"/>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="63"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="65"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="66"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="67"/>
        <location filename="../../desk_app/domain/text_input.py" line="69"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="68"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="70"/>
        <source>Emergency phone</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="71"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="72"/>
        <source>Quote line</source>
        <translation>Quote line</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="73"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="74"/>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="75"/>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="76"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="77"/>
        <source>Since when</source>
        <translation>Since when</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="78"/>
        <source>Stop-gap measure</source>
        <translation>Stop-gap measure</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="79"/>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="80"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/text_input.py" line="81"/>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desk_app/ui/login.py" line="54"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <location filename="../../forms/first_run.ui" line="6"/>
        <source>Set up the administrator</source>
        <translation>Set up the administrator</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="10"/>
        <source>This database has no users yet. Create the administrator account: it manages users, departments and settings.</source>
        <translation>This database has no users yet. Create the administrator account: it manages users, departments and settings.</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="18"/>
        <source>Service &amp;center name</source>
        <translation>Service &amp;center name</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="25"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="32"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="39"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="46"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="53"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <location filename="../../forms/import_wizard.ui" line="6"/>
        <source>Import the resident register</source>
        <translation>Import the resident register</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="15"/>
        <source>Choose the spreadsheet of residents (.xlsx or .csv). A title row above the header is fine; the header needs a room column (房号) and a name column (姓名). Nothing is written until you confirm the preview.</source>
        <translation>Choose the spreadsheet of residents (.xlsx or .csv). A title row above the header is fine; the header needs a room column (房号) and a name column (姓名). Nothing is written until you confirm the preview.</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="21"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="25"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="28"/>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="40"/>
        <source>New residents</source>
        <translation>New residents</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="42"/>
        <source>Residents given missing details</source>
        <translation>Residents given missing details</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="44"/>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="46"/>
        <source>New rooms</source>
        <translation>New rooms</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="48"/>
        <source>Rows with problems (not imported)</source>
        <translation>Rows with problems (not imported)</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="55"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="61"/>
        <source>Rows to import</source>
        <translation>Rows to import</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="73"/>
        <source>Not imported — correct these rows in the file and import it again; rows already imported are recognised:</source>
        <translation>Not imported — correct these rows in the file and import it again; rows already imported are recognised:</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="83"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="84"/>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Preview &gt;</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="85"/>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Import the valid rows</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="86"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="106"/>
        <location filename="../../desk_app/ui/import_wizard.py" line="115"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="107"/>
        <location filename="../../desk_app/ui/import_wizard.py" line="116"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="108"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="108"/>
        <source>(whole row)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="109"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="117"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="118"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="120"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="122"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="123"/>
        <location filename="../../desk_app/ui/import_wizard.py" line="274"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="124"/>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="166"/>
        <source>Name of the community, unless the file has a 小区 column</source>
        <translation>Name of the community, unless the file has a 小区 column</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="169"/>
        <source>As the file&apos;s 小区 column says</source>
        <translation>As the file&apos;s 小区 column says</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="184"/>
        <source>Choose the register to import</source>
        <translation>Choose the register to import</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="186"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="196"/>
        <source>Choose the file to import first.</source>
        <translation>Choose the file to import first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="234"/>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="237"/>
        <source>Rows to import (%1)</source>
        <translation>Rows to import (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="242"/>
        <source>Nothing new to import: every valid row is in the register.</source>
        <translation>Nothing new to import: every valid row is in the register.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="246"/>
        <source>Rows with problems are left out; correct them in the file and import it again later — rows already imported are recognised and not doubled.</source>
        <translation>Rows with problems are left out; correct them in the file and import it again later — rows already imported are recognised and not doubled.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="258"/>
        <source>sheet %1, row %2</source>
        <translation>sheet %1, row %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="261"/>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="263"/>
        <source>%1: header found on %2.</source>
        <translation>%1: header found on %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="265"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="271"/>
        <source>, new room</source>
        <translation>, new room</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="275"/>
        <source>phones</source>
        <translation>phones</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="276"/>
        <source>move-in date</source>
        <translation>move-in date</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="277"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="278"/>
        <source>emergency contact</source>
        <translation>emergency contact</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="279"/>
        <source>emergency phone</source>
        <translation>emergency phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="280"/>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="282"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="283"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="313"/>
        <source>Imported from %1:</source>
        <translation>Imported from %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="314"/>
        <source>%n new resident(s) registered</source>
        <translation>
            <numerusform>%n new resident(s) registered</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="315"/>
        <source>%n resident(s) given missing details</source>
        <translation>
            <numerusform>%n resident(s) given missing details</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="316"/>
        <source>%n new room(s)</source>
        <translation>
            <numerusform>%n new room(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="317"/>
        <source>%n room(s) given their area</source>
        <translation>
            <numerusform>%n room(s) given their area</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="318"/>
        <source>%n row(s) already in the register</source>
        <translation>
            <numerusform>%n row(s) already in the register</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/import_wizard.py" line="319"/>
        <source>%n row(s) with problems not imported</source>
        <translation>
            <numerusform>%n row(s) with problems not imported</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="330"/>
        <source>Step 1 of 3: choose the file</source>
        <translation>Step 1 of 3: choose the file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="331"/>
        <source>Step 2 of 3: check the preview</source>
        <translation>Step 2 of 3: check the preview</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="332"/>
        <source>Step 3 of 3: done</source>
        <translation>Step 3 of 3: done</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="341"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/import_wizard.py" line="341"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/login.py" line="93"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../forms/login.ui" line="6"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../forms/login.ui" line="18"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../forms/login.ui" line="25"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="48"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="51"/>
        <source>Calls &amp; visits</source>
        <translation>Calls &amp; visits</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="55"/>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="58"/>
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="62"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="63"/>
        <source>Access cards</source>
        <translation>Access cards</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="66"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="70"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="71"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="92"/>
        <source>Front desk — %1</source>
        <translation>Front desk — %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="102"/>
        <source>Your role does not use this screen.</source>
        <translation>Your role does not use this screen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="148"/>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="153"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>MainWindowForm</name>
    <message>
        <location filename="../../forms/main_window.ui" line="22"/>
        <source>Search room, phone, name… (Ctrl+F)</source>
        <translation>Search room, phone, name… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="216"/>
        <source>Move out: %1</source>
        <translation>Move out: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="218"/>
        <source>%1 (%2) of %3</source>
        <translation>%1 (%2) of %3</translation>
    </message>
</context>
<context>
    <name>MoveOutForm</name>
    <message>
        <location filename="../../forms/move_out_dialog.ui" line="6"/>
        <source>Move out</source>
        <translation>Move out</translation>
    </message>
    <message>
        <location filename="../../forms/move_out_dialog.ui" line="11"/>
        <source>Moved &amp;out on</source>
        <translation>Moved &amp;out on</translation>
    </message>
    <message>
        <location filename="../../forms/move_out_dialog.ui" line="13"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../forms/move_out_dialog.ui" line="14"/>
        <source>e.g. lease ended, sold the flat</source>
        <translation>e.g. lease ended, sold the flat</translation>
    </message>
    <message>
        <location filename="../../forms/move_out_dialog.ui" line="17"/>
        <source>The record stays in the register under &quot;Moved out&quot;.</source>
        <translation>The record stays in the register under &quot;Moved out&quot;.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desk_app/ui/pdf_preview.py" line="41"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pdf_preview.py" line="42"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pdf_preview.py" line="43"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pdf_preview.py" line="44"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pdf_preview.py" line="64"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pdf_preview.py" line="64"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desk_app/ui/placeholder.py" line="17"/>
        <source>This screen arrives with a later version.</source>
        <translation>This screen arrives with a later version.</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../desk_app/domain/register.py" line="42"/>
        <source>Owner-occupied</source>
        <translation>Owner-occupied</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="43"/>
        <source>Rented out</source>
        <translation>Rented out</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="44"/>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="45"/>
        <source>Under renovation</source>
        <translation>Under renovation</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="46"/>
        <source>Not yet handed over</source>
        <translation>Not yet handed over</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="57"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="58"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/register.py" line="59"/>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="183"/>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="184"/>
        <source>Adds to a resident</source>
        <translation>Adds to a resident</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="185"/>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/resident_import.py" line="186"/>
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/room_lookup.py" line="52"/>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/room_lookup.py" line="53"/>
        <source>room number</source>
        <translation>room number</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/room_lookup.py" line="54"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/room_lookup.py" line="55"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/room_lookup.py" line="56"/>
        <source>pinyin initials</source>
        <translation>pinyin initials</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="132"/>
        <source>New resident of %1</source>
        <translation>New resident of %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="137"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="141"/>
        <source>Shown masked. Leave it as it is to keep the number, or type a new one.</source>
        <translation>Shown masked. Leave it as it is to keep the number, or type a new one.</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="6"/>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="11"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="13"/>
        <source>&amp;Relation</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="15"/>
        <source>&amp;Phones</source>
        <translation>&amp;Phones</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="17"/>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="19"/>
        <source>Moved &amp;in on</source>
        <translation>Moved &amp;in on</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="21"/>
        <source>Moved &amp;out on</source>
        <translation>Moved &amp;out on</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="23"/>
        <source>E&amp;mergency contact</source>
        <translation>E&amp;mergency contact</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="25"/>
        <source>Emer&amp;gency phone</source>
        <translation>Emer&amp;gency phone</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="27"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
</context>
<context>
    <name>ResidentsForm</name>
    <message>
        <location filename="../../forms/residents_page.ui" line="8"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="9"/>
        <source>3-2-1501, phone digits, surname or initials</source>
        <translation>3-2-1501, phone digits, surname or initials</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="12"/>
        <source>Add &amp;room…</source>
        <translation>Add &amp;room…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="13"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="23"/>
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="24"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="40"/>
        <source>E&amp;dit room…</source>
        <translation>E&amp;dit room…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="49"/>
        <source>Living here</source>
        <translation>Living here</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="55"/>
        <source>&amp;Add resident…</source>
        <translation>&amp;Add resident…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="56"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="57"/>
        <source>&amp;Move out…</source>
        <translation>&amp;Move out…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="58"/>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="65"/>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <location filename="../../forms/residents_page.ui" line="71"/>
        <source>Recent records</source>
        <translation>Recent records</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="189"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="190"/>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="191"/>
        <source>Area m²</source>
        <translation>Area m²</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="192"/>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="193"/>
        <source>Living here</source>
        <translation>Living here</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="198"/>
        <location filename="../../desk_app/ui/residents_page.py" line="207"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="199"/>
        <location filename="../../desk_app/ui/residents_page.py" line="208"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="200"/>
        <location filename="../../desk_app/ui/residents_page.py" line="211"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="201"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="202"/>
        <location filename="../../desk_app/ui/residents_page.py" line="209"/>
        <source>Moved in</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="210"/>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="279"/>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/residents_page.py" line="340"/>
        <source>%n room(s) found</source>
        <translation>
            <numerusform>%n room(s) found</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/residents_page.py" line="342"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="414"/>
        <source>No room matches the search.</source>
        <translation>No room matches the search.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="449"/>
        <source>Choose a room</source>
        <translation>Choose a room</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="452"/>
        <source>Browse the estate on the left, or find a room by its number, a phone&apos;s last digits, a surname or pinyin initials.</source>
        <translation>Browse the estate on the left, or find a room by its number, a phone&apos;s last digits, a surname or pinyin initials.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="472"/>
        <source>Living here (%1)</source>
        <translation>Living here (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="473"/>
        <source>Moved out (%1)</source>
        <translation>Moved out (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="482"/>
        <source>floor %1</source>
        <translation>floor %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="484"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="487"/>
        <location filename="../../desk_app/ui/residents_page.py" line="517"/>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="492"/>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="510"/>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="512"/>
        <source>Phones: %1</source>
        <translation>Phones: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="515"/>
        <source>Emergency contact: %1</source>
        <translation>Emergency contact: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="534"/>
        <source>%1: no emergency contact or notes recorded.</source>
        <translation>%1: no emergency contact or notes recorded.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="578"/>
        <source>%1 registered in %2.</source>
        <translation>%1 registered in %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="590"/>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="601"/>
        <source>%1 moved out; the record stays under “Moved out”.</source>
        <translation>%1 moved out; the record stays under “Moved out”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="612"/>
        <source>Void the record of %1</source>
        <translation>Void the record of %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="613"/>
        <source>Reason for voiding (the record stays, marked void):</source>
        <translation>Reason for voiding (the record stays, marked void):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="625"/>
        <source>The record of %1 was voided.</source>
        <translation>The record of %1 was voided.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="645"/>
        <source>Room %1 registered.</source>
        <translation>Room %1 registered.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="656"/>
        <source>Room %1 saved.</source>
        <translation>Room %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/residents_page.py" line="668"/>
        <source>Imported: %1 new residents, %2 given missing details, %3 new rooms.</source>
        <translation>Imported: %1 new residents, %2 given missing details, %3 new rooms.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="18"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="19"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="20"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="21"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="39"/>
        <source>log and print front-desk work</source>
        <translation>log and print front-desk work</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="40"/>
        <source>edit their own open records</source>
        <translation>edit their own open records</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="41"/>
        <source>void records</source>
        <translation>void records</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="42"/>
        <source>sign the daily log</source>
        <translation>sign the daily log</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="43"/>
        <source>approve requests and resolutions</source>
        <translation>approve requests and resolutions</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="44"/>
        <source>see full ID numbers</source>
        <translation>see full ID numbers</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="45"/>
        <source>export data</source>
        <translation>export data</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="46"/>
        <source>close major complaints</source>
        <translation>close major complaints</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="47"/>
        <source>run company reports</source>
        <translation>run company reports</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/roles.py" line="48"/>
        <source>manage users, departments and settings</source>
        <translation>manage users, departments and settings</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="292"/>
        <source>Name of the community</source>
        <translation>Name of the community</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="297"/>
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="298"/>
        <source>(from the room number)</source>
        <translation>(from the room number)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="309"/>
        <source>Edit room %1</source>
        <translation>Edit room %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/resident_dialog.py" line="310"/>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
</context>
<context>
    <name>RoomForm</name>
    <message>
        <location filename="../../forms/room_dialog.ui" line="6"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="10"/>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="12"/>
        <source>&amp;Building</source>
        <translation>&amp;Building</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="13"/>
        <source>3, 3栋 or 12#</source>
        <translation>3, 3栋 or 12#</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="14"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="15"/>
        <source>2 or 2单元; empty if the building has none</source>
        <translation>2 or 2单元; empty if the building has none</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="16"/>
        <source>Room &amp;number</source>
        <translation>Room &amp;number</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="18"/>
        <source>&amp;Floor</source>
        <translation>&amp;Floor</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="20"/>
        <source>&amp;Area (m²)</source>
        <translation>&amp;Area (m²)</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="22"/>
        <source>&amp;Occupancy</source>
        <translation>&amp;Occupancy</translation>
    </message>
    <message>
        <location filename="../../forms/room_dialog.ui" line="24"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
</context>
<context>
    <name>RoomHistoryPanel</name>
    <message>
        <location filename="../../desk_app/ui/history_panel.py" line="38"/>
        <source>Choose a room to see its recent records.</source>
        <translation>Choose a room to see its recent records.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/history_panel.py" line="42"/>
        <source>No earlier records for this home.</source>
        <translation>No earlier records for this home.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/history_panel.py" line="44"/>
        <source>%n recent record(s):</source>
        <translation>
            <numerusform>%n recent record(s):</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/history_panel.py" line="69"/>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="83"/>
        <source>Service center name</source>
        <translation>Service center name</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="89"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="93"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="102"/>
        <source>Emergency: on site within (minutes)</source>
        <translation>Emergency: on site within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="110"/>
        <source>Emergency: completed within (hours)</source>
        <translation>Emergency: completed within (hours)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="118"/>
        <source>Normal: completed within (hours, without appointment)</source>
        <translation>Normal: completed within (hours, without appointment)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="126"/>
        <source>Warn before a deadline (minutes)</source>
        <translation>Warn before a deadline (minutes)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="134"/>
        <source>Callback due after completion (hours)</source>
        <translation>Callback due after completion (hours)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="142"/>
        <source>Callback tries before unreachable</source>
        <translation>Callback tries before unreachable</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="151"/>
        <source>Complaint: reply within (days)</source>
        <translation>Complaint: reply within (days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="159"/>
        <source>Complaint: resolve within (working days)</source>
        <translation>Complaint: resolve within (working days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="167"/>
        <source>Consultation: resolve within (working days)</source>
        <translation>Consultation: resolve within (working days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="175"/>
        <source>Repeat complaint escalates within (hours)</source>
        <translation>Repeat complaint escalates within (hours)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="183"/>
        <source>Contact follow-up overdue after (hours)</source>
        <translation>Contact follow-up overdue after (hours)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="191"/>
        <source>Default paper for work orders</source>
        <translation>Default paper for work orders</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="198"/>
        <source>Print offset, horizontal (mm)</source>
        <translation>Print offset, horizontal (mm)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="206"/>
        <source>Print offset, vertical (mm)</source>
        <translation>Print offset, vertical (mm)</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="214"/>
        <source>Phone masked on the slip&apos;s parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/settings.py" line="221"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../forms/settings_page.ui" line="8"/>
        <source>Only an administrator can change settings, users and departments.</source>
        <translation>Only an administrator can change settings, users and departments.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="15"/>
        <source>Service center</source>
        <translation>Service center</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="19"/>
        <source>Time limits</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="23"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="27"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="31"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="36"/>
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="37"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="38"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="39"/>
        <source>&amp;Disable / enable</source>
        <translation>&amp;Disable / enable</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="40"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="47"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="52"/>
        <source>New &amp;department…</source>
        <translation>New &amp;department…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="53"/>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;t…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="54"/>
        <source>Disable / ena&amp;ble</source>
        <translation>Disable / ena&amp;ble</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="61"/>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="65"/>
        <source>Contact channels</source>
        <translation>Contact channels</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="70"/>
        <source>New channel…</source>
        <translation>New channel…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="71"/>
        <location filename="../../forms/settings_page.ui" line="86"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="72"/>
        <location filename="../../forms/settings_page.ui" line="87"/>
        <source>Disable / enable</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="80"/>
        <source>Work-order categories</source>
        <translation>Work-order categories</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="85"/>
        <source>New category…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="105"/>
        <source>Test pages on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="107"/>
        <source>Save a &amp;test page…</source>
        <translation>Save a &amp;test page…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="108"/>
        <source>&amp;Calibration page…</source>
        <translation>&amp;Calibration page…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="110"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="52"/>
        <source>A4, three parts on one sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="53"/>
        <source>241 mm continuous form (dot matrix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="56"/>
        <source>Only on the resident&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="57"/>
        <source>On the department copy and the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="60"/>
        <source>Nowhere (full number on every part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="61"/>
        <source>Automatic (system language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="121"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="122"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="123"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="124"/>
        <location filename="../../desk_app/ui/settings_page.py" line="132"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="125"/>
        <location filename="../../desk_app/ui/settings_page.py" line="135"/>
        <location filename="../../desk_app/ui/settings_page.py" line="142"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="126"/>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="133"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="136"/>
        <location filename="../../desk_app/ui/settings_page.py" line="142"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="136"/>
        <location filename="../../desk_app/ui/settings_page.py" line="142"/>
        <location filename="../../desk_app/ui/settings_page.py" line="371"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="145"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="148"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="219"/>
        <source>A new language takes effect when the program starts again.</source>
        <translation>A new language takes effect when the program starts again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/settings_page.py" line="275"/>
        <source>Settings saved (%n changed).</source>
        <translation>
            <numerusform>Settings saved (%n changed).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="278"/>
        <source>Nothing to save: no setting changed.</source>
        <translation>Nothing to save: no setting changed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="297"/>
        <source>Calibration page</source>
        <translation>Calibration page</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="301"/>
        <source>Save a test page</source>
        <translation>Save a test page</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="301"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="318"/>
        <source>Test page saved to %1.</source>
        <translation>Test page saved to %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="338"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="338"/>
        <location filename="../../desk_app/ui/settings_page.py" line="351"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="351"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="367"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="373"/>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="374"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="379"/>
        <source>Select a row first.</source>
        <translation>Select a row first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="397"/>
        <source>User created.</source>
        <translation>User created.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="408"/>
        <source>User saved.</source>
        <translation>User saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="417"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="418"/>
        <source>New password for %1:</source>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="424"/>
        <source>Password reset; the account is unlocked.</source>
        <translation>Password reset; the account is unlocked.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="434"/>
        <source>User disabled.</source>
        <translation>User disabled.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="434"/>
        <source>User enabled.</source>
        <translation>User enabled.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="442"/>
        <source>Account unlocked.</source>
        <translation>Account unlocked.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="461"/>
        <source>Department disabled.</source>
        <translation>Department disabled.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="461"/>
        <source>Department enabled.</source>
        <translation>Department enabled.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin_dialogs.py" line="52"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin_dialogs.py" line="56"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin_dialogs.py" line="59"/>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../forms/user_dialog.ui" line="6"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="12"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="19"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="26"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="33"/>
        <source>&amp;Department</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="40"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="111"/>
        <source>New work order</source>
        <translation>New work order</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="113"/>
        <source>Work order %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="126"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="127"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="128"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="129"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="130"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_order_dialog.py" line="286"/>
        <source>Total ¥%1</source>
        <translation>Total ¥%1</translation>
    </message>
</context>
<context>
    <name>WorkOrderForm</name>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="6"/>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="12"/>
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="13"/>
        <source>3-2-1501, phone digits or surname</source>
        <translation>3-2-1501, phone digits or surname</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="14"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="16"/>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="18"/>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="20"/>
        <source>Pl&amp;ace</source>
        <translation>Pl&amp;ace</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="21"/>
        <source>e.g. bathroom ceiling; 3rd floor stairwell</source>
        <translation>e.g. bathroom ceiling; 3rd floor stairwell</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="22"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="24"/>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="26"/>
        <source>Appoint&amp;ment</source>
        <translation>Appoint&amp;ment</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="28"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="30"/>
        <source>D&amp;epartment</source>
        <translation>D&amp;epartment</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="32"/>
        <source>&amp;Technician</source>
        <translation>&amp;Technician</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="34"/>
        <source>By appointment</source>
        <translation>By appointment</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="39"/>
        <source>Paid repair (quote agreed before dispatch)</source>
        <translation>Paid repair (quote agreed before dispatch)</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="46"/>
        <source>Add material line</source>
        <translation>Add material line</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="47"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="49"/>
        <source>Labour</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="52"/>
        <source>Resident agreed to the quote</source>
        <translation>Resident agreed to the quote</translation>
    </message>
    <message>
        <location filename="../../forms/work_order_dialog.ui" line="73"/>
        <source>This home&apos;s recent records</source>
        <translation>This home&apos;s recent records</translation>
    </message>
</context>
<context>
    <name>WorkOrders</name>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="55"/>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="56"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="57"/>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="67"/>
        <source>Inside the home</source>
        <translation>Inside the home</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="68"/>
        <source>Public area</source>
        <translation>Public area</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="86"/>
        <source>Awaiting dispatch</source>
        <translation>Awaiting dispatch</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="87"/>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="88"/>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="89"/>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="90"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="91"/>
        <location filename="../../desk_app/domain/work_orders.py" line="126"/>
        <source>Slip returned</source>
        <translation>Slip returned</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="92"/>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="93"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="94"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="95"/>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="123"/>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="124"/>
        <source>Arrived on site</source>
        <translation>Arrived on site</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="125"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="127"/>
        <source>Record the callback</source>
        <translation>Record the callback</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="128"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="129"/>
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="130"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="131"/>
        <source>Handed back to the desk</source>
        <translation>Handed back to the desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="132"/>
        <source>Transfer to another department</source>
        <translation>Transfer to another department</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="133"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="134"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="135"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="204"/>
        <location filename="../../desk_app/domain/work_orders.py" line="211"/>
        <source>The work order</source>
        <translation>The work order</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="242"/>
        <source>Parts awaited</source>
        <translation>Parts awaited</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="243"/>
        <source>Resident not at home</source>
        <translation>Resident not at home</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="244"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="259"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="260"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="261"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="262"/>
        <source>Asked to call later</source>
        <translation>Asked to call later</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="263"/>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="282"/>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="283"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="284"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="285"/>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="425"/>
        <source>On site by</source>
        <translation>On site by</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="426"/>
        <source>Completed by</source>
        <translation>Completed by</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="427"/>
        <source>Called back by</source>
        <translation>Called back by</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="439"/>
        <source>In time</source>
        <translation>In time</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="440"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="441"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/domain/work_orders.py" line="727"/>
        <source>Major work order</source>
        <translation>Major work order</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="370"/>
        <source>The slip is already back.</source>
        <translation>The slip is already back.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="371"/>
        <source>The job is not completed yet.</source>
        <translation>The job is not completed yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/services/work_orders.py" line="372"/>
        <source>The order is cancelled or voided.</source>
        <translation>The order is cancelled or voided.</translation>
    </message>
</context>
<context>
    <name>WorkOrdersForm</name>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="8"/>
        <source>&amp;New work order… (Ctrl+N)</source>
        <translation>&amp;New work order… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="9"/>
        <source>Returned slip — scan or type the serial:</source>
        <translation>Returned slip — scan or type the serial:</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="10"/>
        <source>PG-20261123-0001 + Enter</source>
        <translation>PG-20261123-0001 + Enter</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="17"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="19"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="24"/>
        <source>Room or building</source>
        <translation>Room or building</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="25"/>
        <source>Search the description (2+ characters)</source>
        <translation>Search the description (2+ characters)</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="26"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="27"/>
        <source>By deadline</source>
        <translation>By deadline</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="41"/>
        <source>&amp;Print slip… (Ctrl+P)</source>
        <translation>&amp;Print slip… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="43"/>
        <source>More steps</source>
        <translation>More steps</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="44"/>
        <source>Call &amp;back…</source>
        <translation>Call &amp;back…</translation>
    </message>
    <message>
        <location filename="../../forms/work_orders_page.ui" line="45"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPage</name>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="155"/>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="156"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="157"/>
        <source>Callbacks due</source>
        <translation>Callbacks due</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="158"/>
        <source>Slips not returned</source>
        <translation>Slips not returned</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="159"/>
        <source>Unreachable (supervisor)</source>
        <translation>Unreachable (supervisor)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="163"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="166"/>
        <source>Any urgency</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="169"/>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="197"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="198"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="199"/>
        <source>Room / place</source>
        <translation>Room / place</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="200"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="201"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="202"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="203"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="204"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="205"/>
        <source>Slip out</source>
        <translation>Slip out</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="206"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="214"/>
        <source>%1 (paused)</source>
        <translation>%1 (paused)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="217"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="233"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="220"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="234"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="222"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="224"/>
        <source>%1 (%2 late)</source>
        <translation>%1 (%2 late)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="225"/>
        <source>%1 (%2 left)</source>
        <translation>%1 (%2 left)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="273"/>
        <source>%1 orders · overdue %2 · due soon %3 · callbacks due %4 · slips out %5</source>
        <translation>%1 orders · overdue %2 · due soon %3 · callbacks due %4 · slips out %5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="306"/>
        <source>Select an order to see it here.</source>
        <translation>Select an order to see it here.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="308"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="313"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="327"/>
        <source>Amend the callback result…</source>
        <translation>Amend the callback result…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="350"/>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="353"/>
        <source>Paid job, total ¥%1</source>
        <translation>Paid job, total ¥%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="355"/>
        <source>agreed by the resident</source>
        <translation>agreed by the resident</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="357"/>
        <source>callback</source>
        <translation>callback</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="375"/>
        <source>printed (copy %1)</source>
        <translation>printed (copy %1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="417"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="427"/>
        <source>Work done:</source>
        <translation>Work done:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="433"/>
        <source>Late emergency — stop-gap taken and why:</source>
        <translation>Late emergency — stop-gap taken and why:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="443"/>
        <source>Waiting for:</source>
        <translation>Waiting for:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="447"/>
        <source>Note and expected date (days from today):</source>
        <translation>Note and expected date (days from today):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="456"/>
        <source>To department:</source>
        <translation>To department:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="457"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="464"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="538"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="481"/>
        <source>Reached: record the result</source>
        <translation>Reached: record the result</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="482"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="483"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="484"/>
        <source>Asked to call later</source>
        <translation>Asked to call later</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="488"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="501"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="510"/>
        <source>Callback %1</source>
        <translation>Callback %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="489"/>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="502"/>
        <location filename="../../desk_app/ui/work_orders_page.py" line="537"/>
        <source>Satisfaction:</source>
        <translation>Satisfaction:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="510"/>
        <source>Remarks:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="516"/>
        <source>Callback saved.</source>
        <translation>Callback saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="521"/>
        <source>Dissatisfied: reopen the order from More steps if needed.</source>
        <translation>Dissatisfied: reopen the order from More steps if needed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="530"/>
        <source>Attempt logged.</source>
        <translation>Attempt logged.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="535"/>
        <source>Amend the callback result</source>
        <translation>Amend the callback result</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="544"/>
        <source>Callback result amended.</source>
        <translation>Callback result amended.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="562"/>
        <source>Created %1.</source>
        <translation>Created %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="580"/>
        <source>Select the orders to print.</source>
        <translation>Select the orders to print.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="588"/>
        <source>Work order slips</source>
        <translation>Work order slips</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/work_orders_page.py" line="605"/>
        <source>%1: press Enter to mark the slip returned.</source>
        <translation>%1: press Enter to mark the slip returned.</translation>
    </message>
</context>
</TS>
