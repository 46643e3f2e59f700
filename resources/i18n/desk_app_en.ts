<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>App</name>
        <message>
            <location filename="../../desk_app/ui/app.py" line="44" />
            <source>Cannot open the database:
%1</source>
            <translation>Cannot open the database:
%1</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="27" />
            <source>Consultation</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="28" />
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="29" />
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="30" />
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="31" />
            <source>Praise</source>
            <translation>Praise</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="32" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="43" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="44" />
            <source>Following</source>
            <translation>Following</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="45" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="59" />
            <source>Reached</source>
            <translation>Reached</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="60" />
            <source>No answer</source>
            <translation>No answer</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="61" />
            <source>Busy</source>
            <translation>Busy</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/contacts.py" line="62" />
            <source>Wrong number</source>
            <translation>Wrong number</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="40" />
            <source>who (name)</source>
            <translation>who (name)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="41" />
            <source>where (room or place)</source>
            <translation>where (room or place)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="42" />
            <source>since when</source>
            <translation>since when</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="43" />
            <source>how to reach them (phone)</source>
            <translation>how to reach them (phone)</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="44" />
            <source>what happened</source>
            <translation>what happened</translation>
        </message>
    </context>
    <context>
        <name>ContactsForm</name>
        <message>
            <location filename="../../forms/contacts_page.ui" line="10" />
            <source>Log a call or visit</source>
            <translation>Log a call or visit</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="12" />
            <source>&amp;Room</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="13" />
            <source>3-2-1501, phone digits or surname</source>
            <translation>3-2-1501, phone digits or surname</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="14" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="16" />
            <source>P&amp;hone</source>
            <translation>P&amp;hone</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="18" />
            <source>Cate&amp;gory</source>
            <translation>Cate&amp;gory</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="20" />
            <source>S&amp;ince</source>
            <translation>S&amp;ince</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="21" />
            <source>e.g. since yesterday evening</source>
            <translation>e.g. since yesterday evening</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="22" />
            <source>Channe&amp;l</source>
            <translation>Channe&amp;l</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="24" />
            <source>&amp;What</source>
            <translation>&amp;What</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="26" />
            <source>Forwarded &amp;to</source>
            <translation>Forwarded &amp;to</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="28" />
            <source>Per&amp;son</source>
            <translation>Per&amp;son</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="30" />
            <source>Ti&amp;me</source>
            <translation>Ti&amp;me</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="32" />
            <source>Follow-&amp;up</source>
            <translation>Follow-&amp;up</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="34" />
            <source>Res&amp;ult</source>
            <translation>Res&amp;ult</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="36" />
            <source>Call outc&amp;ome</source>
            <translation>Call outc&amp;ome</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="42" />
            <source>New (Esc)</source>
            <translation>New (Esc)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="43" />
            <source>Create &amp;work order…</source>
            <translation>Create &amp;work order…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="44" />
            <source>&amp;Save (Ctrl+Enter)</source>
            <translation>&amp;Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="52" />
            <source>This home's recent records</source>
            <translation>This home's recent records</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="62" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="64" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="70" />
            <source>Room or building</source>
            <translation>Room or building</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="71" />
            <source>Search the content (2+ characters)</source>
            <translation>Search the content (2+ characters)</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="72" />
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="80" />
            <source>History…</source>
            <translation>History…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="81" />
            <source>&amp;Void…</source>
            <translation>&amp;Void…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="82" />
            <source>Mark &amp;reviewed…</source>
            <translation>Mark &amp;reviewed…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="83" />
            <source>Sign the &amp;day…</source>
            <translation>Sign the &amp;day…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="84" />
            <source>&amp;Print register…</source>
            <translation>&amp;Print register…</translation>
        </message>
        <message>
            <location filename="../../forms/contacts_page.ui" line="85" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="172" />
            <source>(not forwarded)</source>
            <translation>(not forwarded)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="181" />
            <source>All channels</source>
            <translation>All channels</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="184" />
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="189" />
            <source>Any follow-up</source>
            <translation>Any follow-up</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="192" />
            <source>Anyone</source>
            <translation>Anyone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="206" />
            <source>Work orders arrive with a later version.</source>
            <translation>Work orders arrive with a later version.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="232" />
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="233" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="234" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="235" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="236" />
            <source>Room / place</source>
            <translation>Room / place</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="237" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="239" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="241" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="242" />
            <source>Received by</source>
            <translation>Received by</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="243" />
            <source>Forwarded to</source>
            <translation>Forwarded to</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="244" />
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="245" />
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="263" />
            <source>Voided: %1</source>
            <translation>Voided: %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="265" />
            <source>Follow-up overdue</source>
            <translation>Follow-up overdue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="309" />
            <source>Log a call or visit</source>
            <translation>Log a call or visit</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="345" />
            <source>Logged %1.</source>
            <translation>Logged %1.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="350" />
            <source>Amend a signed day</source>
            <translation>Amend a signed day</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="350" />
            <source>Reason for the amendment:</source>
            <translation>Reason for the amendment:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="355" />
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="371" />
            <source>Amend %1</source>
            <translation>Amend %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_app/ui/contacts_page.py" line="417" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="422" />
            <source>Signed by %1 at %2</source>
            <translation>Signed by %1 at %2</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="435" />
            <source>Select an entry in the list first.</source>
            <translation>Select an entry in the list first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="454" />
            <source>Void %1</source>
            <translation>Void %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="454" />
            <source>Reason for voiding:</source>
            <translation>Reason for voiding:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="459" />
            <source>%1 voided.</source>
            <translation>%1 voided.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="467" />
            <source>Review %1</source>
            <translation>Review %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="467" />
            <source>Remark (optional):</source>
            <translation>Remark (optional):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="472" />
            <source>%1 reviewed.</source>
            <translation>%1 reviewed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="478" />
            <source>Show a single day to sign it.</source>
            <translation>Show a single day to sign it.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="483" />
            <source>Sign the day</source>
            <translation>Sign the day</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="485" />
            <source>Sign %1 with %2 entries (%3 reviewed)? Signed entries can only be amended by a supervisor, with a reason.</source>
            <translation>Sign %1 with %2 entries (%3 reviewed)? Signed entries can only be amended by a supervisor, with a reason.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="494" />
            <source>%1 signed.</source>
            <translation>%1 signed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="513" />
            <source>History of %1</source>
            <translation>History of %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="528" />
            <source>Contact register %1</source>
            <translation>Contact register %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="538" />
            <source>Export contacts</source>
            <translation>Export contacts</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="540" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/contacts_page.py" line="547" />
            <source>Exported to %1.</source>
            <translation>Exported to %1.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" line="27" />
            <source>Days not yet signed (contact log)</source>
            <translation>Days not yet signed (contact log)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" line="42" />
            <source>Today %1: %2 calls and visits logged.</source>
            <translation>Today %1: %2 calls and visits logged.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" line="47" />
            <source>Follow-ups overdue: %1</source>
            <translation>Follow-ups overdue: %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/dashboard_page.py" line="55" />
            <source>Every day is signed.</source>
            <translation>Every day is signed.</translation>
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
            <location filename="../../forms/department_dialog.ui" line="6" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../forms/department_dialog.ui" line="12" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../forms/department_dialog.ui" line="19" />
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
            <location filename="../../desk_app/services/accounts.py" line="370" />
            <source>Enter the department's name (at most 40 characters).</source>
            <translation>Enter the department's name (at most 40 characters).</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="378" />
            <source>A department named {name} already exists.</source>
            <translation>A department named {name} already exists.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="455" />
            <source>No user with number {id}.</source>
            <translation>No user with number {id}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="463" />
            <source>No department with number {id}.</source>
            <translation>No department with number {id}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="476" />
            <source>At least one active administrator must remain.</source>
            <translation>At least one active administrator must remain.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/accounts.py" line="485" />
            <source>Unknown role {role}.</source>
            <translation>Unknown role {role}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/demo.py" line="48" />
            <source>The database already has users; demo data goes into a new database.</source>
            <translation>The database already has users; demo data goes into a new database.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/settings.py" line="52" />
            <source>Unknown setting {key}.</source>
            <translation>Unknown setting {key}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="51" />
            <source>Enter a phone number.</source>
            <translation>Enter a phone number.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="57" />
            <source>Phone {phone}: only mainland numbers (+86) can be registered.</source>
            <translation>Phone {phone}: only mainland numbers (+86) can be registered.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="75" />
            <source>Phone {phone}: use digits only.</source>
            <translation>Phone {phone}: use digits only.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="86" />
            <source>Phone {phone}: a mobile number has 11 digits, this one has {n}.</source>
            <translation>Phone {phone}: a mobile number has 11 digits, this one has {n}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="95" />
            <source>Phone {phone}: mobile numbers begin with 13 to 19.</source>
            <translation>Phone {phone}: mobile numbers begin with 13 to 19.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="105" />
            <source>Phone {phone}: add the area code, for example 0571-88886666.</source>
            <translation>Phone {phone}: add the area code, for example 0571-88886666.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="112" />
            <source>Phone {phone} is not a phone number: give an 11-digit mobile or a landline with its area code.</source>
            <translation>Phone {phone} is not a phone number: give an 11-digit mobile or a landline with its area code.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="125" />
            <source>Phone {phone}: an area code is 3 or 4 digits beginning with 0.</source>
            <translation>Phone {phone}: an area code is 3 or 4 digits beginning with 0.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="133" />
            <source>Phone {phone}: after the area code {area} a landline has 7 or 8 digits.</source>
            <translation>Phone {phone}: after the area code {area} a landline has 7 or 8 digits.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="237" />
            <source>ID number {id}: this is an old 15-digit number; ask for the 18-digit number on the current card.</source>
            <translation>ID number {id}: this is an old 15-digit number; ask for the 18-digit number on the current card.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="249" />
            <source>ID number {id}: an ID number has 18 characters, this one has {n}.</source>
            <translation>ID number {id}: an ID number has 18 characters, this one has {n}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="258" />
            <source>ID number {id}: the first 17 characters are digits and the last is a digit or X.</source>
            <translation>ID number {id}: the first 17 characters are digits and the last is a digit or X.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="267" />
            <source>ID number {id}: the check digit does not match; a digit was probably mistyped.</source>
            <translation>ID number {id}: the check digit does not match; a digit was probably mistyped.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="279" />
            <source>ID number {id}: the birth date in it (digits 7-14) is not a date.</source>
            <translation>ID number {id}: the birth date in it (digits 7-14) is not a date.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="287" />
            <source>ID number {id}: the region code {region} does not exist.</source>
            <translation>ID number {id}: the region code {region} does not exist.</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/personal.py" line="296" />
            <source>ID number {id}: the birth date in it is in the future.</source>
            <translation>ID number {id}: the birth date in it is in the future.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="178" />
            <source>A channel needs a code and a name of at most 20 characters.</source>
            <translation>A channel needs a code and a name of at most 20 characters.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="216" />
            <source>{day} has been signed; only a supervisor can add to it.</source>
            <translation>{day} has been signed; only a supervisor can add to it.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="246" />
            <source>An entry stays on its day ({day}); void it and log it again.</source>
            <translation>An entry stays on its day ({day}); void it and log it again.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="342" />
            <location filename="../../desk_app/services/contacts.py" line="370" />
            <source>{day} has already been signed.</source>
            <translation>{day} has already been signed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="365" />
            <source>{day} has not come yet.</source>
            <translation>{day} has not come yet.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="626" />
            <source>Choose a channel from the list.</source>
            <translation>Choose a channel from the list.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="649" />
            <source>The time lies in the future.</source>
            <translation>The time lies in the future.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="658" />
            <source>Please fill in {what}: the five clear points of intake.</source>
            <translation>Please fill in {what}: the five clear points of intake.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="680" />
            <source>{day} has been signed; only a supervisor can amend its entries.</source>
            <translation>{day} has been signed; only a supervisor can amend its entries.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="692" />
            <source>Only the clerk who logged an entry can change it.</source>
            <translation>Only the clerk who logged an entry can change it.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="699" />
            <source>Entry {serial} has been voided.</source>
            <translation>Entry {serial} has been voided.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="710" />
            <source>No entry with number {id}.</source>
            <translation>No entry with number {id}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/contacts.py" line="817" />
            <source>Give a reason (at least two characters).</source>
            <translation>Give a reason (at least two characters).</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/export.py" line="23" />
            <source>Unknown export format {fmt}; use csv or xlsx.</source>
            <translation>Unknown export format {fmt}; use csv or xlsx.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="347" />
            <source>Date {value}: write it like 2024-05-01.</source>
            <translation>Date {value}: write it like 2024-05-01.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="359" />
            <source>ID number {value} was stored as a number by Excel and has lost its last digits: format the column as text and type the number again.</source>
            <translation>ID number {value} was stored as a number by Excel and has lost its last digits: format the column as text and type the number again.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="375" />
            <source>Relation {value} is not known: write 业主, 家属 or 租户.</source>
            <translation>Relation {value} is not known: write 业主, 家属 or 租户.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="424" />
            <source>{path}: no header row found. The sheet needs a room column (房号) and a name column (姓名) in its first {n} rows.</source>
            <translation>{path}: no header row found. The sheet needs a room column (房号) and a name column (姓名) in its first {n} rows.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="539" />
            <source>No room given.</source>
            <translation>No room given.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="548" />
            <source>No community: name it (--community, or the 小区 column) since several or none are registered.</source>
            <translation>No community: name it (--community, or the 小区 column) since several or none are registered.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="574" />
            <location filename="../../desk_app/services/residents.py" line="283" />
            <source>At most {n} phone numbers per resident.</source>
            <translation>At most {n} phone numbers per resident.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="647" />
            <location filename="../../desk_app/services/resident_import.py" line="739" />
            <source>Room {value} cannot be read: write it like 3-2-1501 or 3栋2单元1501.</source>
            <translation>Room {value} cannot be read: write it like 3-2-1501 or 3栋2单元1501.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="661" />
            <location filename="../../desk_app/services/residents.py" line="374" />
            <source>Building {value}: write it like 3, 3栋 or 12#.</source>
            <translation>Building {value}: write it like 3, 3栋 or 12#.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="673" />
            <location filename="../../desk_app/services/residents.py" line="385" />
            <source>Unit {value}: write it like 2 or 2单元.</source>
            <translation>Unit {value}: write it like 2 or 2单元.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="692" />
            <source>Room {value} is in building {room_building}, the building column says {building}.</source>
            <translation>Room {value} is in building {room_building}, the building column says {building}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="708" />
            <source>Room {value} is in unit {room_unit}, the unit column says {unit}.</source>
            <translation>Room {value} is in unit {room_unit}, the unit column says {unit}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="725" />
            <source>Room {value} has no building: add a building column (楼栋) or write it like 3-2-1501.</source>
            <translation>Room {value} has no building: add a building column (楼栋) or write it like 3-2-1501.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="954" />
            <source>{name} is registered with ID number {stored}, the file has {given}: check and correct the record by hand.</source>
            <translation>{name} is registered with ID number {stored}, the file has {given}: check and correct the record by hand.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="970" />
            <source>{name} is registered as {stored}, the file says {given}: correct the record by hand if they changed.</source>
            <translation>{name} is registered as {stored}, the file says {given}: correct the record by hand if they changed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="985" />
            <source>The register gives room {room} an area of {stored} m², the file {given} m²: correct the room by hand.</source>
            <translation>The register gives room {room} an area of {stored} m², the file {given} m²: correct the room by hand.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="1051" />
            <source>{name} in {room} is already on row {first}: imported once only.</source>
            <translation>{name} in {room} is already on row {first}: imported once only.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="252" />
            <source>Enter the resident's name.</source>
            <translation>Enter the resident's name.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="256" />
            <location filename="../../desk_app/services/residents.py" line="305" />
            <source>A name has at most {n} characters.</source>
            <translation>A name has at most {n} characters.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="268" />
            <source>Unknown relation {value}: owner, family or tenant.</source>
            <translation>Unknown relation {value}: owner, family or tenant.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="299" />
            <location filename="../../desk_app/services/residents.py" line="897" />
            <source>The move-out date is before the move-in date.</source>
            <translation>The move-out date is before the move-in date.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="335" />
            <location filename="../../desk_app/services/residents.py" line="341" />
            <source>Area {value}: enter the square metres as a number.</source>
            <translation>Area {value}: enter the square metres as a number.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="353" />
            <source>Unknown occupancy state {value}.</source>
            <translation>Unknown occupancy state {value}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="363" />
            <source>Room number {value}: write it like 1501.</source>
            <translation>Room number {value}: write it like 1501.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="566" />
            <source>Enter the community's name (at most {n} characters).</source>
            <translation>Enter the community's name (at most {n} characters).</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="573" />
            <source>The community {name} already exists.</source>
            <translation>The community {name} already exists.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="676" />
            <location filename="../../desk_app/services/residents.py" line="1051" />
            <source>No such room.</source>
            <translation>No such room.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="726" />
            <source>No such community.</source>
            <translation>No such community.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="731" />
            <source>Choose the community the room belongs to.</source>
            <translation>Choose the community the room belongs to.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="750" />
            <location filename="../../desk_app/services/residents.py" line="771" />
            <location filename="../../desk_app/services/residents.py" line="964" />
            <source>Room {room} is already registered.</source>
            <translation>Room {room} is already registered.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="783" />
            <source>Floor {value} is not a floor of a building.</source>
            <translation>Floor {value} is not a floor of a building.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="890" />
            <source>{name} already moved out on {day}.</source>
            <translation>{name} already moved out on {day}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="914" />
            <source>Give the reason for voiding the record.</source>
            <translation>Give the reason for voiding the record.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="1058" />
            <source>No such resident.</source>
            <translation>No such resident.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="1065" />
            <source>This record was voided and cannot be changed.</source>
            <translation>This record was voided and cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/residents.py" line="1082" />
            <source>{name} is already registered in {room}.</source>
            <translation>{name} is already registered in {room}.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tabular.py" line="33" />
            <source>File {path} not found.</source>
            <translation>File {path} not found.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tabular.py" line="42" />
            <source>{path} is an old Excel 97 file: open it in Excel and save it as .xlsx or CSV.</source>
            <translation>{path} is an old Excel 97 file: open it in Excel and save it as .xlsx or CSV.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tabular.py" line="50" />
            <source>{path}: import reads .xlsx and .csv files.</source>
            <translation>{path}: import reads .xlsx and .csv files.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tabular.py" line="63" />
            <source>{path} cannot be read as an Excel workbook.</source>
            <translation>{path} cannot be read as an Excel workbook.</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/tabular.py" line="88" />
            <source>{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8.</source>
            <translation>{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8.</translation>
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
            <location filename="../../forms/first_run.ui" line="6" />
            <source>Set up the administrator</source>
            <translation>Set up the administrator</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="10" />
            <source>This database has no users yet. Create the administrator account: it manages users, departments and settings.</source>
            <translation>This database has no users yet. Create the administrator account: it manages users, departments and settings.</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="18" />
            <source>Service &amp;center name</source>
            <translation>Service &amp;center name</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="25" />
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="32" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="39" />
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="46" />
            <source>&amp;Repeat password</source>
            <translation>&amp;Repeat password</translation>
        </message>
        <message>
            <location filename="../../forms/first_run.ui" line="53" />
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
            <location filename="../../forms/login.ui" line="6" />
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location filename="../../forms/login.ui" line="18" />
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../forms/login.ui" line="25" />
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="46" />
            <source>Workbench</source>
            <translation>Workbench</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="49" />
            <source>Calls &amp; visits</source>
            <translation>Calls &amp; visits</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="53" />
            <source>Visitors</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="54" />
            <source>Work orders</source>
            <translation>Work orders</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="55" />
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="56" />
            <source>Access cards</source>
            <translation>Access cards</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="57" />
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="58" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="59" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="80" />
            <source>Front desk — %1</source>
            <translation>Front desk — %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="90" />
            <source>Your role does not use this screen.</source>
            <translation>Your role does not use this screen.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="136" />
            <source>User: %1 (%2)</source>
            <translation>User: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="141" />
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
        <name>PdfPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../desk_app/ui/pdf_preview.py" line="41" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page(s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_preview.py" line="42" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_preview.py" line="43" />
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_preview.py" line="44" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_preview.py" line="64" />
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_preview.py" line="64" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
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
        <name>Register</name>
        <message>
            <location filename="../../desk_app/domain/register.py" line="42" />
            <source>Owner-occupied</source>
            <translation>Owner-occupied</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="43" />
            <source>Rented out</source>
            <translation>Rented out</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="44" />
            <source>Vacant</source>
            <translation>Vacant</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="45" />
            <source>Under renovation</source>
            <translation>Under renovation</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="46" />
            <source>Not yet handed over</source>
            <translation>Not yet handed over</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="57" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="58" />
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <location filename="../../desk_app/domain/register.py" line="59" />
            <source>Tenant</source>
            <translation>Tenant</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="183" />
            <source>New resident</source>
            <translation>New resident</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="184" />
            <source>Adds to a resident</source>
            <translation>Adds to a resident</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="185" />
            <source>Already registered</source>
            <translation>Already registered</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/resident_import.py" line="186" />
            <source>New room</source>
            <translation>New room</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/room_lookup.py" line="52" />
            <source>room</source>
            <translation>room</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/room_lookup.py" line="53" />
            <source>room number</source>
            <translation>room number</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/room_lookup.py" line="54" />
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/room_lookup.py" line="55" />
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../desk_app/services/room_lookup.py" line="56" />
            <source>pinyin initials</source>
            <translation>pinyin initials</translation>
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
        <name>RoomHistoryPanel</name>
        <message>
            <location filename="../../desk_app/ui/history_panel.py" line="36" />
            <source>Choose a room to see its recent records.</source>
            <translation>Choose a room to see its recent records.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/history_panel.py" line="40" />
            <source>No earlier records for this home.</source>
            <translation>No earlier records for this home.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_app/ui/history_panel.py" line="42" />
            <source>%n recent record(s):</source>
            <translation>
                <numerusform>%n recent record(s):</numerusform>
            </translation>
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
            <location filename="../../desk_app/ui/settings_page.py" line="100" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="101" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="102" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="103" />
            <location filename="../../desk_app/ui/settings_page.py" line="111" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="104" />
            <location filename="../../desk_app/ui/settings_page.py" line="114" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="105" />
            <source>Last login</source>
            <translation>Last login</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="112" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="115" />
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="115" />
            <location filename="../../desk_app/ui/settings_page.py" line="250" />
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="161" />
            <source>A new language takes effect when the program starts again.</source>
            <translation>A new language takes effect when the program starts again.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_app/ui/settings_page.py" line="217" />
            <source>Settings saved (%n changed).</source>
            <translation>
                <numerusform>Settings saved (%n changed).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="220" />
            <source>Nothing to save: no setting changed.</source>
            <translation>Nothing to save: no setting changed.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="224" />
            <source>Save a test page</source>
            <translation>Save a test page</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="224" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="239" />
            <source>Test page saved to %1.</source>
            <translation>Test page saved to %1.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="252" />
            <source>Locked until %1</source>
            <translation>Locked until %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="253" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="258" />
            <source>Select a row first.</source>
            <translation>Select a row first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="276" />
            <source>User created.</source>
            <translation>User created.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="287" />
            <source>User saved.</source>
            <translation>User saved.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="296" />
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="297" />
            <source>New password for %1:</source>
            <translation>New password for %1:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="303" />
            <source>Password reset; the account is unlocked.</source>
            <translation>Password reset; the account is unlocked.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="313" />
            <source>User disabled.</source>
            <translation>User disabled.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="313" />
            <source>User enabled.</source>
            <translation>User enabled.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="321" />
            <source>Account unlocked.</source>
            <translation>Account unlocked.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="340" />
            <source>Department disabled.</source>
            <translation>Department disabled.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/settings_page.py" line="340" />
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
            <location filename="../../forms/user_dialog.ui" line="6" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="12" />
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="19" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="26" />
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="33" />
            <source>&amp;Department</source>
            <translation>&amp;Department</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="40" />
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
    </context>
</TS>
