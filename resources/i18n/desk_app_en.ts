<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database:
%1</source>
        <translation>Cannot open the database:
%1</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup %1? The database as it is now is kept as a copy in the backups folder.</source>
        <translation>Replace the whole database with the backup %1? The database as it is now is kept as a copy in the backups folder.</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept in %1. Log in again on every desk.</source>
        <translation>Restored. The database as it was is kept in %1. Log in again on every desk.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>less than an hour ago</source>
        <translation>less than an hour ago</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2), %3 MB</source>
        <translation>Last backup: %1 (%2), %3 MB</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>for good</source>
        <translation>for good</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Lifted</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Added to the block list.</source>
        <translation>Added to the block list.</translation>
    </message>
    <message>
        <source>Choose the entry to lift.</source>
        <translation>Choose the entry to lift.</translation>
    </message>
    <message>
        <source>Lift a block</source>
        <translation>Lift a block</translation>
    </message>
    <message>
        <source>Why is the block lifted?</source>
        <translation>Why is the block lifted?</translation>
    </message>
    <message>
        <source>Lifted.</source>
        <translation>Lifted.</translation>
    </message>
</context>
<context>
    <name>BlockListForm</name>
    <message>
        <source>Visitor block list</source>
        <translation>Visitor block list</translation>
    </message>
    <message>
        <source>&amp;Show lifted entries</source>
        <translation>&amp;Show lifted entries</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>&amp;Lift…</translation>
    </message>
    <message>
        <source>Add to the block list: the name and phone, the ID number or the plate</source>
        <translation>Add to the block list: the name and phone, the ID number or the plate</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>Pl&amp;ate</source>
        <translation>Pl&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>Callback %1</source>
        <translation>Callback %1</translation>
    </message>
    <message>
        <source>Amend the callback result of %1</source>
        <translation>Amend the callback result of %1</translation>
    </message>
    <message>
        <source>The slip is back: saving this result closes the order.</source>
        <translation>The slip is back: saving this result closes the order.</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>&amp;Satisfaction</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>What the resident says of the job</source>
        <translation>What the resident says of the job</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>Re&amp;marks</translation>
    </message>
    <message>
        <source>Call &amp;again at</source>
        <translation>Call &amp;again at</translation>
    </message>
    <message>
        <source>Reason for the &amp;change</source>
        <translation>Reason for the &amp;change</translation>
    </message>
</context>
<context>
    <name>CardRequestDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>%1: not in the register</source>
        <translation>%1: not in the register</translation>
    </message>
</context>
<context>
    <name>CardRequestForm</name>
    <message>
        <source>Access card request</source>
        <translation>Access card request</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Ho&amp;me</source>
        <translation>Ho&amp;me</translation>
    </message>
    <message>
        <source>room, surname or phone</source>
        <translation>room, surname or phone</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>&amp;Applicant</translation>
    </message>
    <message>
        <source>Re&amp;lation to the owner</source>
        <translation>Re&amp;lation to the owner</translation>
    </message>
    <message>
        <source>Owner&apos;s co&amp;nsent</source>
        <translation>Owner&apos;s co&amp;nsent</translation>
    </message>
    <message>
        <source>e.g. the owner&apos;s phone, the letter</source>
        <translation>e.g. the owner&apos;s phone, the letter</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>&amp;Old cards</source>
        <translation>&amp;Old cards</translation>
    </message>
    <message>
        <source>swipe or type each card + Enter</source>
        <translation>swipe or type each card + Enter</translation>
    </message>
    <message>
        <source>The home&apos;s active cards: tick the ones this request is about.</source>
        <translation>The home&apos;s active cards: tick the ones this request is about.</translation>
    </message>
    <message>
        <source>Number of &amp;cards</source>
        <translation>Number of &amp;cards</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>&amp;Waive the fee</source>
        <translation>&amp;Waive the fee</translation>
    </message>
    <message>
        <source>why it is waived</source>
        <translation>why it is waived</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>R&amp;eason</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Documents checked</translation>
    </message>
</context>
<context>
    <name>CardStepDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Card %1 is already active for %2 (%3).</source>
        <translation>Card %1 is already active for %2 (%3).</translation>
    </message>
    <message>
        <source>%1 of %2 card(s) entered.</source>
        <translation>%1 of %2 card(s) entered.</translation>
    </message>
</context>
<context>
    <name>CardStepForm</name>
    <message>
        <source>Card request step</source>
        <translation>Card request step</translation>
    </message>
    <message>
        <source>New &amp;card</source>
        <translation>New &amp;card</translation>
    </message>
    <message>
        <source>swipe or type the card + Enter</source>
        <translation>swipe or type the card + Enter</translation>
    </message>
    <message>
        <source>Re&amp;move the card selected</source>
        <translation>Re&amp;move the card selected</translation>
    </message>
    <message>
        <source>&amp;Signed for by</source>
        <translation>&amp;Signed for by</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Lost, blocked</source>
        <translation>Lost, blocked</translation>
    </message>
    <message>
        <source>Damaged, returned</source>
        <translation>Damaged, returned</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>First issue</translation>
    </message>
    <message>
        <source>Additional card</source>
        <translation>Additional card</translation>
    </message>
    <message>
        <source>Replacement (lost)</source>
        <translation>Replacement (lost)</translation>
    </message>
    <message>
        <source>Replacement (damaged)</source>
        <translation>Replacement (damaged)</translation>
    </message>
    <message>
        <source>Cancel cards</source>
        <translation>Cancel cards</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Owner present</source>
        <translation>Owner present</translation>
    </message>
    <message>
        <source>Written consent</source>
        <translation>Written consent</translation>
    </message>
    <message>
        <source>Confirmed by phone</source>
        <translation>Confirmed by phone</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Hand over the cards</source>
        <translation>Hand over the cards</translation>
    </message>
    <message>
        <source>File the signed form</source>
        <translation>File the signed form</translation>
    </message>
    <message>
        <source>The card request</source>
        <translation>The card request</translation>
    </message>
    <message>
        <source>block</source>
        <translation>block</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>replace</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Relation to the owner</source>
        <translation>Relation to the owner</translation>
    </message>
    <message>
        <source>Number of cards</source>
        <translation>Number of cards</translation>
    </message>
    <message>
        <source>Owner&apos;s consent</source>
        <translation>Owner&apos;s consent</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation>Fee waived</translation>
    </message>
    <message>
        <source>Why waived</source>
        <translation>Why waived</translation>
    </message>
    <message>
        <source>Old cards</source>
        <translation>Old cards</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>New cards</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>Handed over at</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>Signed for by</translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation>Filed at</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Request taken</source>
        <translation>Request taken</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
</context>
<context>
    <name>CardsForm</name>
    <message>
        <source>&amp;Find a card — swipe it, or type a number, room or holder:</source>
        <translation>&amp;Find a card — swipe it, or type a number, room or holder:</translation>
    </message>
    <message>
        <source>card number + Enter</source>
        <translation>card number + Enter</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>&amp;Home:</translation>
    </message>
    <message>
        <source>room, surname or phone</source>
        <translation>room, surname or phone</translation>
    </message>
    <message>
        <source>&amp;New request… (Ctrl+N)</source>
        <translation>&amp;New request… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Double-click a card to see its history.</source>
        <translation>Double-click a card to see its history.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Only the home chosen</source>
        <translation>Only the home chosen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>More steps</source>
        <translation>More steps</translation>
    </message>
    <message>
        <source>&amp;Print the form…</source>
        <translation>&amp;Print the form…</translation>
    </message>
    <message>
        <source>Fee &amp;receipt…</source>
        <translation>Fee &amp;receipt…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histor&amp;y…</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>No. of cards</source>
        <translation>No. of cards</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No card matches “%1”.</source>
        <translation>No card matches “%1”.</translation>
    </message>
    <message>
        <source>Cards of %1: %2 active</source>
        <translation>Cards of %1: %2 active</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see it here.</source>
        <translation>Select a request to see it here.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Taken %1.</source>
        <translation>Taken %1.</translation>
    </message>
    <message>
        <source>Access card application form</source>
        <translation>Access card application form</translation>
    </message>
    <message>
        <source>Fee receipt</source>
        <translation>Fee receipt</translation>
    </message>
    <message>
        <source>Change history of %1</source>
        <translation>Change history of %1</translation>
    </message>
    <message>
        <source>History of card %1</source>
        <translation>History of card %1</translation>
    </message>
    <message>
        <source>Export card requests</source>
        <translation>Export card requests</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>CardsWords</name>
    <message>
        <source>Request taken</source>
        <translation>Request taken</translation>
    </message>
    <message>
        <source>Card %1 is not in the register.</source>
        <translation>Card %1 is not in the register.</translation>
    </message>
    <message>
        <source> (issued %1 time(s) before)</source>
        <translation> (issued %1 time(s) before)</translation>
    </message>
    <message>
        <source>%1 yuan, waived: %2</source>
        <translation>%1 yuan, waived: %2</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Owner&apos;s consent</source>
        <translation>Owner&apos;s consent</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Old cards</source>
        <translation>Old cards</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>New cards</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Card request %1</source>
        <translation>Card request %1</translation>
    </message>
    <message>
        <source>Access card %1</source>
        <translation>Access card %1</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>no database file at {path}</source>
        <translation>no database file at {path}</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not a database: {problems}</source>
        <translation>not a database: {problems}</translation>
    </message>
    <message>
        <source>damaged: {problems} (and {more} more)</source>
        <translation>damaged: {problems} (and {more} more)</translation>
    </message>
    <message>
        <source>damaged: {problems}</source>
        <translation>damaged: {problems}</translation>
    </message>
    <message>
        <source>schema version {current} (program expects {head})</source>
        <translation>schema version {current} (program expects {head})</translation>
    </message>
    <message>
        <source>no schema: not a database of this program ({head})</source>
        <translation>no schema: not a database of this program ({head})</translation>
    </message>
    <message>
        <source>schema version {current}: the program upgrades it to {head} when it next opens it, after a backup</source>
        <translation>schema version {current}: the program upgrades it to {head} when it next opens it, after a backup</translation>
    </message>
    <message>
        <source>{n} dangling references</source>
        <translation>{n} dangling references</translation>
    </message>
    <message>
        <source>{n} unknown actors</source>
        <translation>{n} unknown actors</translation>
    </message>
    <message>
        <source>chained when the schema is upgraded</source>
        <translation>chained when the schema is upgraded</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Added {added} calls and visits and {orders} work orders to {url}</source>
        <translation>Added {added} calls and visits and {orders} work orders to {url}</translation>
    </message>
    <message>
        <source>Demo database ready: {url}</source>
        <translation>Demo database ready: {url}</translation>
    </message>
    <message>
        <source>Departments: {n}</source>
        <translation>Departments: {n}</translation>
    </message>
    <message>
        <source>Register: {rooms} rooms, {residents} residents</source>
        <translation>Register: {rooms} rooms, {residents} residents</translation>
    </message>
    <message>
        <source>Activity: {contacts} calls and visits over {days} days</source>
        <translation>Activity: {contacts} calls and visits over {days} days</translation>
    </message>
    <message>
        <source>Work orders: {n}</source>
        <translation>Work orders: {n}</translation>
    </message>
    <message>
        <source>Complaints: {n} over a year</source>
        <translation>Complaints: {n} over a year</translation>
    </message>
    <message>
        <source>Users: {users} — password: {password}</source>
        <translation>Users: {users} — password: {password}</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>Written {path}</source>
        <translation>Written {path}</translation>
    </message>
    <message>
        <source>Written {path}: {serial}, print {count} (reprint)</source>
        <translation>Written {path}: {serial}, print {count} (reprint)</translation>
    </message>
    <message>
        <source>Written {path}: {serial}, print {count}</source>
        <translation>Written {path}: {serial}, print {count}</translation>
    </message>
    <message>
        <source>Written {path}: {rows} rows</source>
        <translation>Written {path}: {rows} rows</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>sheet {sheet}, row {row}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>Header ({where}): {columns}</source>
        <translation>Header ({where}): {columns}</translation>
    </message>
    <message>
        <source>{valid} rows valid: {new} new residents, {update} to update, {unchanged} already registered, {rooms} new rooms</source>
        <translation>{valid} rows valid: {new} new residents, {update} to update, {unchanged} already registered, {rooms} new rooms</translation>
    </message>
    <message>
        <source>Imported: {new} new residents, {updated} updated, {unchanged} already registered, {rooms} new rooms</source>
        <translation>Imported: {new} new residents, {updated} updated, {unchanged} already registered, {rooms} new rooms</translation>
    </message>
    <message>
        <source>Row {where}{column}: {message}</source>
        <translation>Row {where}{column}: {message}</translation>
    </message>
    <message>
        <source>{counts}; {rejected} rows rejected.</source>
        <translation>{counts}; {rejected} rows rejected.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Month {month} closed, version {version}: {files} files in {path}</source>
        <translation>Month {month} closed, version {version}: {files} files in {path}</translation>
    </message>
    <message>
        <source>Not signed by a supervisor: {day}</source>
        <translation>Not signed by a supervisor: {day}</translation>
    </message>
    <message>
        <source>Backup written: {path} ({size} MB)</source>
        <translation>Backup written: {path} ({size} MB)</translation>
    </message>
    <message>
        <source>Copied to {path}</source>
        <translation>Copied to {path}</translation>
    </message>
    <message>
        <source>Older backup removed: {path}</source>
        <translation>Older backup removed: {path}</translation>
    </message>
    <message>
        <source>Restored from {path}</source>
        <translation>Restored from {path}</translation>
    </message>
    <message>
        <source>The database as it was is kept in {path}</source>
        <translation>The database as it was is kept in {path}</translation>
    </message>
    <message>
        <source>Written {path}: {serial}</source>
        <translation>Written {path}: {serial}</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Room, phone digits or name</source>
        <translation>Room, phone digits or name</translation>
    </message>
    <message>
        <source>Made in writing (needs a written reply)</source>
        <translation>Made in writing (needs a written reply)</translation>
    </message>
    <message>
        <source>Solved on the spot (no reply deadline)</source>
        <translation>Solved on the spot (no reply deadline)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>What the complaint is</source>
        <translation>What the complaint is</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Households together</source>
        <translation>Households together</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>Major signs</source>
        <translation>Major signs</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This looks like a major complaint (%1): set the level to major, and the project manager is told at once.</source>
        <translation>This looks like a major complaint (%1): set the level to major, and the project manager is told at once.</translation>
    </message>
    <message>
        <source>Major complaint: the project manager is told as soon as it is saved.</source>
        <translation>Major complaint: the project manager is told as soon as it is saved.</translation>
    </message>
    <message>
        <source>Confirm the level: choose major, or save again to keep it general.</source>
        <translation>Confirm the level: choose major, or save again to keep it general.</translation>
    </message>
</context>
<context>
    <name>ComplaintSteps</name>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>Major complaint</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Explanation given to the complainant</source>
        <translation>Explanation given to the complainant</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Responsible party</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Resolution proposed</source>
        <translation>Resolution proposed</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Why it goes back</source>
        <translation>Why it goes back</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>How the complainant confirmed</source>
        <translation>How the complainant confirmed</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>What they said</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Corrective and preventive action</source>
        <translation>Corrective and preventive action</translation>
    </message>
    <message>
        <source>Reason for escalating</source>
        <translation>Reason for escalating</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>What they were told</source>
        <translation>What they were told</translation>
    </message>
    <message>
        <source>Why it is void</source>
        <translation>Why it is void</translation>
    </message>
</context>
<context>
    <name>ComplaintWords</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Major complaint: not yet acknowledged by the project manager.</source>
        <translation>Major complaint: not yet acknowledged by the project manager.</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Room / place</source>
        <translation>Room / place</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>Escalated to</translation>
    </message>
    <message>
        <source>Major signs</source>
        <translation>Major signs</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>a written reply is needed</source>
        <translation>a written reply is needed</translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation>Repeat of</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Resolve by</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Other (press, online)</source>
        <translation>Other (press, online)</translation>
    </message>
    <message>
        <source>Valid complaint</source>
        <translation>Valid complaint</translation>
    </message>
    <message>
        <source>Communicative: asking for help</source>
        <translation>Communicative: asking for help</translation>
    </message>
    <message>
        <source>Communicative: asking a question</source>
        <translation>Communicative: asking a question</translation>
    </message>
    <message>
        <source>Communicative: venting</source>
        <translation>Communicative: venting</translation>
    </message>
    <message>
        <source>Facilities and equipment</source>
        <translation>Facilities and equipment</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <source>Sudden incident</source>
        <translation>Sudden incident</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Neighbours and noise</source>
        <translation>Neighbours and noise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Fire</translation>
    </message>
    <message>
        <source>People trapped in a lift</source>
        <translation>People trapped in a lift</translation>
    </message>
    <message>
        <source>Explosion</source>
        <translation>Explosion</translation>
    </message>
    <message>
        <source>Sudden power cut</source>
        <translation>Sudden power cut</translation>
    </message>
    <message>
        <source>Flooding</source>
        <translation>Flooding</translation>
    </message>
    <message>
        <source>Theft or crime</source>
        <translation>Theft or crime</translation>
    </message>
    <message>
        <source>Three or more households</source>
        <translation>Three or more households</translation>
    </message>
    <message>
        <source>Main plant failure</source>
        <translation>Main plant failure</translation>
    </message>
    <message>
        <source>Structural damage</source>
        <translation>Structural damage</translation>
    </message>
    <message>
        <source>Legal or press exposure</source>
        <translation>Legal or press exposure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>Investigated</translation>
    </message>
    <message>
        <source>Resolution proposed</source>
        <translation>Resolution proposed</translation>
    </message>
    <message>
        <source>Resolution approved</source>
        <translation>Resolution approved</translation>
    </message>
    <message>
        <source>Carried out and confirmed</source>
        <translation>Carried out and confirmed</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Summarised</source>
        <translation>Summarised</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closed as invalid</source>
        <translation>Closed as invalid</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source>Close as invalid</source>
        <translation>Close as invalid</translation>
    </message>
    <message>
        <source>Record the investigation</source>
        <translation>Record the investigation</translation>
    </message>
    <message>
        <source>Propose a resolution</source>
        <translation>Propose a resolution</translation>
    </message>
    <message>
        <source>Approve the resolution</source>
        <translation>Approve the resolution</translation>
    </message>
    <message>
        <source>Send the proposal back</source>
        <translation>Send the proposal back</translation>
    </message>
    <message>
        <source>Carried out, complainant confirms</source>
        <translation>Carried out, complainant confirms</translation>
    </message>
    <message>
        <source>Record the callback</source>
        <translation>Record the callback</translation>
    </message>
    <message>
        <source>Write the summary</source>
        <translation>Write the summary</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Tell the complainant of progress</source>
        <translation>Tell the complainant of progress</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>The complaint</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>By message (SMS, WeChat)</source>
        <translation>By message (SMS, WeChat)</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Resolve by</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>&amp;New complaint (Ctrl+N)</source>
        <translation>&amp;New complaint (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>All complaints</translation>
    </message>
    <message>
        <source>Search the content</source>
        <translation>Search the content</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>More steps</source>
        <translation>More steps</translation>
    </message>
    <message>
        <source>&amp;Event report…</source>
        <translation>&amp;Event report…</translation>
    </message>
    <message>
        <source>E&amp;xport a year…</source>
        <translation>E&amp;xport a year…</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Room / place</source>
        <translation>Room / place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>%1 shown · open %2 · overdue %3</source>
        <translation>%1 shown · open %2 · overdue %3</translation>
    </message>
    <message>
        <source>Major complaints not yet acknowledged by the project manager: %1</source>
        <translation>Major complaints not yet acknowledged by the project manager: %1</translation>
    </message>
    <message>
        <source>Select a complaint to see it here.</source>
        <translation>Select a complaint to see it here.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 acknowledged.</source>
        <translation>%1 acknowledged.</translation>
    </message>
    <message>
        <source>Complaint event report</source>
        <translation>Complaint event report</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>Major complaint: the project manager has been told.</source>
        <translation>Major complaint: the project manager has been told.</translation>
    </message>
    <message>
        <source>A repeat of %1 from the same home about the same matter within the repeat window: linked to it and escalated one level.</source>
        <translation>A repeat of %1 from the same home about the same matter within the repeat window: linked to it and escalated one level.</translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>Export complaints</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Following</translation>
    </message>
    <message>
        <source>Handed on</source>
        <translation>Handed on</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>who (name)</source>
        <translation>who (name)</translation>
    </message>
    <message>
        <source>where (room or place)</source>
        <translation>where (room or place)</translation>
    </message>
    <message>
        <source>since when</source>
        <translation>since when</translation>
    </message>
    <message>
        <source>how to reach them (phone)</source>
        <translation>how to reach them (phone)</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>what happened</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Room / place as said</source>
        <translation>Room / place as said</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>Person forwarded to</source>
        <translation>Person forwarded to</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>Call outcome</translation>
    </message>
    <message>
        <source>Review remark</source>
        <translation>Review remark</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Logged</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Amended</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
</context>
<context>
    <name>ContactsForm</name>
    <message>
        <source>Log a call or visit</source>
        <translation>Log a call or visit</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <source>3-2-1501, phone digits or surname</source>
        <translation>3-2-1501, phone digits or surname</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation>S&amp;ince</translation>
    </message>
    <message>
        <source>e.g. since yesterday evening</source>
        <translation>e.g. since yesterday evening</translation>
    </message>
    <message>
        <source>Channe&amp;l</source>
        <translation>Channe&amp;l</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>Forwarded &amp;to</source>
        <translation>Forwarded &amp;to</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>P&amp;erson</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>Create wor&amp;k order…</source>
        <translation>Create wor&amp;k order…</translation>
    </message>
    <message>
        <source>M&amp;ark reviewed…</source>
        <translation>M&amp;ark reviewed…</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>Ti&amp;me</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Res&amp;ult</translation>
    </message>
    <message>
        <source>Call outc&amp;ome</source>
        <translation>Call outc&amp;ome</translation>
    </message>
    <message>
        <source>New (Esc)</source>
        <translation>New (Esc)</translation>
    </message>
    <message>
        <source>Create &amp;complaint…</source>
        <translation>Create &amp;complaint…</translation>
    </message>
    <message>
        <source>Card re&amp;quest…</source>
        <translation>Card re&amp;quest…</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This home&apos;s recent records</source>
        <translation>This home&apos;s recent records</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Room or building</source>
        <translation>Room or building</translation>
    </message>
    <message>
        <source>Search the content (2+ characters)</source>
        <translation>Search the content (2+ characters)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <source>Sign the &amp;day…</source>
        <translation>Sign the &amp;day…</translation>
    </message>
    <message>
        <source>&amp;Print register…</source>
        <translation>&amp;Print register…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Any follow-up</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Room / place</source>
        <translation>Room / place</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>%1 made from %2.</source>
        <translation>%1 made from %2.</translation>
    </message>
    <message>
        <source>Logged %1.</source>
        <translation>Logged %1.</translation>
    </message>
    <message>
        <source>Amend a signed day</source>
        <translation>Amend a signed day</translation>
    </message>
    <message>
        <source>Reason for the amendment:</source>
        <translation>Reason for the amendment:</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entries</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation>Signed by %1 at %2</translation>
    </message>
    <message>
        <source>Select an entry in the list first.</source>
        <translation>Select an entry in the list first.</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <source>Reason for voiding:</source>
        <translation>Reason for voiding:</translation>
    </message>
    <message>
        <source>%1 voided.</source>
        <translation>%1 voided.</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Review %1</translation>
    </message>
    <message>
        <source>Remark (optional):</source>
        <translation>Remark (optional):</translation>
    </message>
    <message>
        <source>%1 reviewed.</source>
        <translation>%1 reviewed.</translation>
    </message>
    <message>
        <source>Changed after it was signed by %1: sign it again</source>
        <translation>Changed after it was signed by %1: sign it again</translation>
    </message>
    <message numerus="yes">
        <source>Review %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries reviewed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show a single day to sign it.</source>
        <translation>Show a single day to sign it.</translation>
    </message>
    <message>
        <source>Sign the day</source>
        <translation>Sign the day</translation>
    </message>
    <message>
        <source>Sign %1 with %2 entries (%3 reviewed)? Signed entries can only be amended by a supervisor, with a reason.</source>
        <translation>Sign %1 with %2 entries (%3 reviewed)? Signed entries can only be amended by a supervisor, with a reason.</translation>
    </message>
    <message>
        <source>%1 signed.</source>
        <translation>%1 signed.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Contact register %1</source>
        <translation>Contact register %1</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>Daily</name>
    <message>
        <source>Handover notes</source>
        <translation>Handover notes</translation>
    </message>
</context>
<context>
    <name>DailySummaryDialog</name>
    <message>
        <source>Daily summary and handover</source>
        <translation>Daily summary and handover</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>What the next shift must know: work in progress, promises made, …</source>
        <translation>What the next shift must know: work in progress, promises made, …</translation>
    </message>
    <message>
        <source>Handover &amp;notes</source>
        <translation>Handover &amp;notes</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Save notes</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>Handover notes of %1 saved.</source>
        <translation>Handover notes of %1 saved.</translation>
    </message>
    <message>
        <source>Daily summary %1</source>
        <translation>Daily summary %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Days not yet signed (contact log)</source>
        <translation>Days not yet signed (contact log)</translation>
    </message>
    <message>
        <source>Days changed after signing: sign them again</source>
        <translation>Days changed after signing: sign them again</translation>
    </message>
    <message>
        <source>Setting up this site</source>
        <translation>Setting up this site</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Departments and their phones</source>
        <translation>Departments and their phones</translation>
    </message>
    <message>
        <source>Buildings and rooms (import or add)</source>
        <translation>Buildings and rooms (import or add)</translation>
    </message>
    <message>
        <source>Paper profile</source>
        <translation>Paper profile</translation>
    </message>
    <message>
        <source>Printer calibration page</source>
        <translation>Printer calibration page</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Go there</translation>
    </message>
    <message>
        <source>Daily summary and handover…</source>
        <translation>Daily summary and handover…</translation>
    </message>
    <message>
        <source>The database has never been backed up.</source>
        <translation>The database has never been backed up.</translation>
    </message>
    <message>
        <source>The last backup was made %1.</source>
        <translation>The last backup was made %1.</translation>
    </message>
    <message>
        <source>Tell the administrator.</source>
        <translation>Tell the administrator.</translation>
    </message>
    <message>
        <source>Users, departments and settings: see Settings.</source>
        <translation>Users, departments and settings: see Settings.</translation>
    </message>
    <message>
        <source>Today %1: %2 calls and visits logged.</source>
        <translation>Today %1: %2 calls and visits logged.</translation>
    </message>
    <message>
        <source>Follow-ups overdue: %1</source>
        <translation>Follow-ups overdue: %1</translation>
    </message>
    <message>
        <source>Work orders overdue: %1</source>
        <translation>Work orders overdue: %1</translation>
    </message>
    <message>
        <source>awaiting dispatch: %1</source>
        <translation>awaiting dispatch: %1</translation>
    </message>
    <message>
        <source>due within the warning time: %1</source>
        <translation>due within the warning time: %1</translation>
    </message>
    <message>
        <source>callbacks due: %1</source>
        <translation>callbacks due: %1</translation>
    </message>
    <message>
        <source>slips not returned: %1</source>
        <translation>slips not returned: %1</translation>
    </message>
    <message>
        <source>unreachable for callback: %1</source>
        <translation>unreachable for callback: %1</translation>
    </message>
    <message>
        <source>unread notices: %1</source>
        <translation>unread notices: %1</translation>
    </message>
    <message>
        <source>Every day is signed.</source>
        <translation>Every day is signed.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries logged, amended or voided after %2 signed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desk user(s) besides the administrator</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) without a phone number</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s), each with its phone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) registered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>not printed yet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>New department</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Edit department</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message numerus="yes">
        <source>The same or another error happened %n more time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>The input is not valid.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>The record was not found.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not {action}.</source>
        <translation>Your role ({role}) may not {action}.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked until {until}.</source>
        <translation>Too many failed logins: the account is locked until {until}.</translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation>This account has been disabled.</translation>
    </message>
    <message>
        <source>The record already exists.</source>
        <translation>The record already exists.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the program (schema {found}). This version knows schema {known} at most; install the newer version.</source>
        <translation>This database was written by a newer version of the program (schema {found}). This version knows schema {known} at most; install the newer version.</translation>
    </message>
    <message>
        <source>{record} is {current}; it cannot become {requested}.</source>
        <translation>{record} is {current}; it cannot become {requested}.</translation>
    </message>
    <message>
        <source>{record} is a paid job: record the resident&apos;s agreement to the quote before dispatch.</source>
        <translation>{record} is a paid job: record the resident&apos;s agreement to the quote before dispatch.</translation>
    </message>
    <message>
        <source>The database refused the operation, so nothing was changed. Nothing already saved was lost; the details are in the log.</source>
        <translation>The database refused the operation, so nothing was changed. Nothing already saved was lost; the details are in the log.</translation>
    </message>
    <message>
        <source>The database is busy: another desk or program is writing to it. Nothing already saved was lost; try again in a moment.</source>
        <translation>The database is busy: another desk or program is writing to it. Nothing already saved was lost; try again in a moment.</translation>
    </message>
    <message>
        <source>The database is read-only (file permissions, a read-only drive or a read-only server), so this change was not saved. Nothing already saved was lost.</source>
        <translation>The database is read-only (file permissions, a read-only drive or a read-only server), so this change was not saved. Nothing already saved was lost.</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so this change was not saved. Nothing already saved was lost; free some space and try again.</source>
        <translation>The disk holding the database is full, so this change was not saved. Nothing already saved was lost; free some space and try again.</translation>
    </message>
    <message>
        <source>The database cannot be reached: its file cannot be opened or read, or its server does not answer. Nothing already saved was lost; check the drive or the network and try again.</source>
        <translation>The database cannot be reached: its file cannot be opened or read, or its server does not answer. Nothing already saved was lost; check the drive or the network and try again.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so this step was not completed. Nothing already saved was lost; try again, the program reconnects by itself.</source>
        <translation>The connection to the database server was lost, so this step was not completed. Nothing already saved was lost; try again, the program reconnects by itself.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database of this program. Stop working in it and ask the administrator to run “desk-app check” and restore the latest backup.</source>
        <translation>The database file is damaged or is not a database of this program. Stop working in it and ask the administrator to run “desk-app check” and restore the latest backup.</translation>
    </message>
    <message>
        <source>The file {file} could not be used: {reason}. Nothing in the database was lost.</source>
        <translation>The file {file} could not be used: {reason}. Nothing in the database was lost.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Nothing already saved was lost. The details are in the log file {log}.</source>
        <translation>An unexpected error occurred. Nothing already saved was lost. The details are in the log file {log}.</translation>
    </message>
    <message>
        <source>{label}: enter a time such as 22:00.</source>
        <translation>{label}: enter a time such as 22:00.</translation>
    </message>
    <message>
        <source>{label}: choose one of {choices}.</source>
        <translation>{label}: choose one of {choices}.</translation>
    </message>
    <message>
        <source>{label}: enter a number.</source>
        <translation>{label}: enter a number.</translation>
    </message>
    <message>
        <source>{label}: enter a value from {low} to {high}.</source>
        <translation>{label}: enter a value from {low} to {high}.</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>The user name must be 1–40 characters without spaces.</source>
        <translation>The user name must be 1–40 characters without spaces.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (at most 40 characters).</source>
        <translation>Enter the person&apos;s name (at most 40 characters).</translation>
    </message>
    <message>
        <source>The administrator has already been created.</source>
        <translation>The administrator has already been created.</translation>
    </message>
    <message>
        <source>Choose a password other than the current one.</source>
        <translation>Choose a password other than the current one.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>The user name {name} is taken.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Enter the department&apos;s name (at most 40 characters).</source>
        <translation>Enter the department&apos;s name (at most 40 characters).</translation>
    </message>
    <message>
        <source>A department named {name} already exists.</source>
        <translation>A department named {name} already exists.</translation>
    </message>
    <message>
        <source>No user with number {id}.</source>
        <translation>No user with number {id}.</translation>
    </message>
    <message>
        <source>No department with number {id}.</source>
        <translation>No department with number {id}.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>At least one active administrator must remain.</translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation>Unknown role {role}.</translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation>Unknown setting {key}.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>Phone {phone}: only mainland numbers (+86) can be registered.</source>
        <translation>Phone {phone}: only mainland numbers (+86) can be registered.</translation>
    </message>
    <message>
        <source>Phone {phone}: use digits only.</source>
        <translation>Phone {phone}: use digits only.</translation>
    </message>
    <message>
        <source>Phone {phone}: a mobile number has 11 digits, this one has {n}.</source>
        <translation>Phone {phone}: a mobile number has 11 digits, this one has {n}.</translation>
    </message>
    <message>
        <source>Phone {phone}: mobile numbers begin with 13 to 19.</source>
        <translation>Phone {phone}: mobile numbers begin with 13 to 19.</translation>
    </message>
    <message>
        <source>Phone {phone}: add the area code, for example 0571-88886666.</source>
        <translation>Phone {phone}: add the area code, for example 0571-88886666.</translation>
    </message>
    <message>
        <source>Phone {phone} is not a phone number: give an 11-digit mobile or a landline with its area code.</source>
        <translation>Phone {phone} is not a phone number: give an 11-digit mobile or a landline with its area code.</translation>
    </message>
    <message>
        <source>ID number {id}: this is an old 15-digit number; ask for the 18-digit number on the current card.</source>
        <translation>ID number {id}: this is an old 15-digit number; ask for the 18-digit number on the current card.</translation>
    </message>
    <message>
        <source>ID number {id}: an ID number has 18 characters, this one has {n}.</source>
        <translation>ID number {id}: an ID number has 18 characters, this one has {n}.</translation>
    </message>
    <message>
        <source>ID number {id}: the first 17 characters are digits and the last is a digit or X.</source>
        <translation>ID number {id}: the first 17 characters are digits and the last is a digit or X.</translation>
    </message>
    <message>
        <source>ID number {id}: the check digit does not match; a digit was probably mistyped.</source>
        <translation>ID number {id}: the check digit does not match; a digit was probably mistyped.</translation>
    </message>
    <message>
        <source>ID number {id}: the birth date in it (digits 7-14) is not a date.</source>
        <translation>ID number {id}: the birth date in it (digits 7-14) is not a date.</translation>
    </message>
    <message>
        <source>ID number {id}: the region code {region} does not exist.</source>
        <translation>ID number {id}: the region code {region} does not exist.</translation>
    </message>
    <message>
        <source>ID number {id}: the birth date in it is in the future.</source>
        <translation>ID number {id}: the birth date in it is in the future.</translation>
    </message>
    <message>
        <source>A channel needs a code and a name of at most 20 characters.</source>
        <translation>A channel needs a code and a name of at most 20 characters.</translation>
    </message>
    <message>
        <source>{day} has been signed; only a supervisor can add to it.</source>
        <translation>{day} has been signed; only a supervisor can add to it.</translation>
    </message>
    <message>
        <source>An entry stays on its day ({day}); void it and log it again.</source>
        <translation>An entry stays on its day ({day}); void it and log it again.</translation>
    </message>
    <message>
        <source>{day} has already been signed.</source>
        <translation>{day} has already been signed.</translation>
    </message>
    <message>
        <source>{day} has not come yet.</source>
        <translation>{day} has not come yet.</translation>
    </message>
    <message>
        <source>Choose a channel from the list.</source>
        <translation>Choose a channel from the list.</translation>
    </message>
    <message>
        <source>Say what the complaint is about (at least two characters).</source>
        <translation>Say what the complaint is about (at least two characters).</translation>
    </message>
    <message>
        <source>Give the room or the place the complaint concerns.</source>
        <translation>Give the room or the place the complaint concerns.</translation>
    </message>
    <message>
        <source>Households: enter a number from 1 to {high}.</source>
        <translation>Households: enter a number from 1 to {high}.</translation>
    </message>
    <message>
        <source>The time lies in the future.</source>
        <translation>The time lies in the future.</translation>
    </message>
    <message>
        <source>Please fill in {what}: the five clear points of intake.</source>
        <translation>Please fill in {what}: the five clear points of intake.</translation>
    </message>
    <message>
        <source>{place} is not one room of the register: choose the room from the list, or write the public place (such as 3栋大堂).</source>
        <translation>{place} is not one room of the register: choose the room from the list, or write the public place (such as 3栋大堂).</translation>
    </message>
    <message>
        <source>{day} has been signed; only a supervisor can amend its entries.</source>
        <translation>{day} has been signed; only a supervisor can amend its entries.</translation>
    </message>
    <message>
        <source>Only the clerk who logged an entry can change it.</source>
        <translation>Only the clerk who logged an entry can change it.</translation>
    </message>
    <message>
        <source>{record} is not a major complaint.</source>
        <translation>{record} is not a major complaint.</translation>
    </message>
    <message>
        <source>Entry {serial} has been voided.</source>
        <translation>Entry {serial} has been voided.</translation>
    </message>
    <message>
        <source>No entry with number {id}.</source>
        <translation>No entry with number {id}.</translation>
    </message>
    <message>
        <source>Give a reason (at least two characters).</source>
        <translation>Give a reason (at least two characters).</translation>
    </message>
    <message>
        <source>Unknown export format {fmt}; use csv or xlsx.</source>
        <translation>Unknown export format {fmt}; use csv or xlsx.</translation>
    </message>
    <message>
        <source>Date {value}: write it like 2024-05-01.</source>
        <translation>Date {value}: write it like 2024-05-01.</translation>
    </message>
    <message>
        <source>ID number {value} was stored as a number by Excel and has lost its last digits: format the column as text and type the number again.</source>
        <translation>ID number {value} was stored as a number by Excel and has lost its last digits: format the column as text and type the number again.</translation>
    </message>
    <message>
        <source>Relation {value} is not known: write 业主, 家属 or 租户.</source>
        <translation>Relation {value} is not known: write 业主, 家属 or 租户.</translation>
    </message>
    <message>
        <source>The register changed while you were importing; run the import again.</source>
        <translation>The register changed while you were importing; run the import again.</translation>
    </message>
    <message>
        <source>{path}: no header row found. The sheet needs a room column (房号) and a name column (姓名) in its first {n} rows.</source>
        <translation>{path}: no header row found. The sheet needs a room column (房号) and a name column (姓名) in its first {n} rows.</translation>
    </message>
    <message>
        <source>This cell holds {n} characters; a register cell holds at most {limit}.</source>
        <translation>This cell holds {n} characters; a register cell holds at most {limit}.</translation>
    </message>
    <message>
        <source>No room given.</source>
        <translation>No room given.</translation>
    </message>
    <message>
        <source>No community: name it (--community, or the 小区 column) since several or none are registered.</source>
        <translation>No community: name it (--community, or the 小区 column) since several or none are registered.</translation>
    </message>
    <message>
        <source>At most {n} phone numbers per resident.</source>
        <translation>At most {n} phone numbers per resident.</translation>
    </message>
    <message>
        <source>Room {value} cannot be read: write it like 3-2-1501 or 3栋2单元1501.</source>
        <translation>Room {value} cannot be read: write it like 3-2-1501 or 3栋2单元1501.</translation>
    </message>
    <message>
        <source>Building {value}: write it like 3, 3栋 or 12#.</source>
        <translation>Building {value}: write it like 3, 3栋 or 12#.</translation>
    </message>
    <message>
        <source>Unit {value}: write it like 2 or 2单元.</source>
        <translation>Unit {value}: write it like 2 or 2单元.</translation>
    </message>
    <message>
        <source>Room {value} is in building {room_building}, the building column says {building}.</source>
        <translation>Room {value} is in building {room_building}, the building column says {building}.</translation>
    </message>
    <message>
        <source>Room {value} is in unit {room_unit}, the unit column says {unit}.</source>
        <translation>Room {value} is in unit {room_unit}, the unit column says {unit}.</translation>
    </message>
    <message>
        <source>Room {value} has no building: add a building column (楼栋) or write it like 3-2-1501.</source>
        <translation>Room {value} has no building: add a building column (楼栋) or write it like 3-2-1501.</translation>
    </message>
    <message>
        <source>{name} is registered with ID number {stored}, the file has {given}: check and correct the record by hand.</source>
        <translation>{name} is registered with ID number {stored}, the file has {given}: check and correct the record by hand.</translation>
    </message>
    <message>
        <source>{name} is registered as {stored}, the file says {given}: correct the record by hand if they changed.</source>
        <translation>{name} is registered as {stored}, the file says {given}: correct the record by hand if they changed.</translation>
    </message>
    <message>
        <source>The register gives room {room} an area of {stored} m², the file {given} m²: correct the room by hand.</source>
        <translation>The register gives room {room} an area of {stored} m², the file {given} m²: correct the room by hand.</translation>
    </message>
    <message>
        <source>{name} in {room} is already on row {first}: imported once only.</source>
        <translation>{name} in {room} is already on row {first}: imported once only.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation>Enter the resident&apos;s name.</translation>
    </message>
    <message>
        <source>A name has at most {n} characters.</source>
        <translation>A name has at most {n} characters.</translation>
    </message>
    <message>
        <source>Unknown relation {value}: owner, family or tenant.</source>
        <translation>Unknown relation {value}: owner, family or tenant.</translation>
    </message>
    <message>
        <source>The move-out date is before the move-in date.</source>
        <translation>The move-out date is before the move-in date.</translation>
    </message>
    <message>
        <source>Area {value}: enter the square metres as a number.</source>
        <translation>Area {value}: enter the square metres as a number.</translation>
    </message>
    <message>
        <source>Unknown occupancy state {value}.</source>
        <translation>Unknown occupancy state {value}.</translation>
    </message>
    <message>
        <source>Room number {value}: write it like 1501.</source>
        <translation>Room number {value}: write it like 1501.</translation>
    </message>
    <message>
        <source>Enter the community&apos;s name (at most {n} characters).</source>
        <translation>Enter the community&apos;s name (at most {n} characters).</translation>
    </message>
    <message>
        <source>The community {name} already exists.</source>
        <translation>The community {name} already exists.</translation>
    </message>
    <message>
        <source>No such room.</source>
        <translation>No such room.</translation>
    </message>
    <message>
        <source>No such community.</source>
        <translation>No such community.</translation>
    </message>
    <message>
        <source>Choose the community the room belongs to.</source>
        <translation>Choose the community the room belongs to.</translation>
    </message>
    <message>
        <source>Room {room} is already registered.</source>
        <translation>Room {room} is already registered.</translation>
    </message>
    <message>
        <source>Floor {value} is not a floor of a building.</source>
        <translation>Floor {value} is not a floor of a building.</translation>
    </message>
    <message>
        <source>{name} already moved out on {day}.</source>
        <translation>{name} already moved out on {day}.</translation>
    </message>
    <message>
        <source>Give the reason for voiding the record.</source>
        <translation>Give the reason for voiding the record.</translation>
    </message>
    <message>
        <source>No such resident.</source>
        <translation>No such resident.</translation>
    </message>
    <message>
        <source>This record was voided and cannot be changed.</source>
        <translation>This record was voided and cannot be changed.</translation>
    </message>
    <message>
        <source>The ID number is shown masked to your role, so it stays as it is: a supervisor can correct it.</source>
        <translation>The ID number is shown masked to your role, so it stays as it is: a supervisor can correct it.</translation>
    </message>
    <message>
        <source>{name} is already registered in {room}.</source>
        <translation>{name} is already registered in {room}.</translation>
    </message>
    <message>
        <source>File {path} not found.</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>{path} is an old Excel 97 file: open it in Excel and save it as .xlsx or CSV.</source>
        <translation>{path} is an old Excel 97 file: open it in Excel and save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>{path}: import reads .xlsx and .csv files.</source>
        <translation>{path}: import reads .xlsx and .csv files.</translation>
    </message>
    <message>
        <source>{path} cannot be read as an Excel workbook.</source>
        <translation>{path} cannot be read as an Excel workbook.</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8.</source>
        <translation>{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>{record} is {current}; “{action}” is not possible.</source>
        <translation>{record} is {current}; “{action}” is not possible.</translation>
    </message>
    <message>
        <source>A category needs a code and a name of at most 20 characters.</source>
        <translation>A category needs a code and a name of at most 20 characters.</translation>
    </message>
    <message>
        <source>Completion limit: enter {low} to {high} hours.</source>
        <translation>Completion limit: enter {low} to {high} hours.</translation>
    </message>
    <message>
        <source>{record} is {status}; it can no longer be edited.</source>
        <translation>{record} is {status}; it can no longer be edited.</translation>
    </message>
    <message>
        <source>Only the clerk who opened an order or a supervisor can change it.</source>
        <translation>Only the clerk who opened an order or a supervisor can change it.</translation>
    </message>
    <message>
        <source>{record} has been dispatched: transfer it to change the department.</source>
        <translation>{record} has been dispatched: transfer it to change the department.</translation>
    </message>
    <message>
        <source>{record} is free of charge: there is no quote.</source>
        <translation>{record} is free of charge: there is no quote.</translation>
    </message>
    <message>
        <source>{record} is an emergency completed after its deadline ({deadline}): record the stop-gap measure and the explanation.</source>
        <translation>{record} is an emergency completed after its deadline ({deadline}): record the stop-gap measure and the explanation.</translation>
    </message>
    <message>
        <source>Give the date the work is expected to go on.</source>
        <translation>Give the date the work is expected to go on.</translation>
    </message>
    <message>
        <source>{record} is already with {department}: choose another one.</source>
        <translation>{record} is already with {department}: choose another one.</translation>
    </message>
    <message>
        <source>The slip of {record} has not come back yet: mark it returned first.</source>
        <translation>The slip of {record} has not come back yet: mark it returned first.</translation>
    </message>
    <message>
        <source>No work order with the serial {serial}.</source>
        <translation>No work order with the serial {serial}.</translation>
    </message>
    <message>
        <source>The slip of {record} is already back.</source>
        <translation>The slip of {record} is already back.</translation>
    </message>
    <message>
        <source>Give the time the resident asked to be called.</source>
        <translation>Give the time the resident asked to be called.</translation>
    </message>
    <message>
        <source>{record} has not been marked unreachable; call again.</source>
        <translation>{record} has not been marked unreachable; call again.</translation>
    </message>
    <message>
        <source>No callback with number {id}.</source>
        <translation>No callback with number {id}.</translation>
    </message>
    <message>
        <source>Only a saved callback result can be amended, not a missed call.</source>
        <translation>Only a saved callback result can be amended, not a missed call.</translation>
    </message>
    <message>
        <source>Nobody was reached: there is no satisfaction to record.</source>
        <translation>Nobody was reached: there is no satisfaction to record.</translation>
    </message>
    <message>
        <source>No notice with number {id}.</source>
        <translation>No notice with number {id}.</translation>
    </message>
    <message>
        <source>Choose at least one work order to print.</source>
        <translation>Choose at least one work order to print.</translation>
    </message>
    <message>
        <source>{record} is {status}; it is not printed.</source>
        <translation>{record} is {status}; it is not printed.</translation>
    </message>
    <message>
        <source>The time cannot be earlier than the step before it ({before}).</source>
        <translation>The time cannot be earlier than the step before it ({before}).</translation>
    </message>
    <message>
        <source>The appointment lies in the past.</source>
        <translation>The appointment lies in the past.</translation>
    </message>
    <message>
        <source>Choose the department the job goes to.</source>
        <translation>Choose the department the job goes to.</translation>
    </message>
    <message>
        <source>Unknown paper {paper}; use {choices}.</source>
        <translation>Unknown paper {paper}; use {choices}.</translation>
    </message>
    <message>
        <source>Describe the job.</source>
        <translation>Describe the job.</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>Choose a category from the list.</translation>
    </message>
    <message>
        <source>No room with number {id}.</source>
        <translation>No room with number {id}.</translation>
    </message>
    <message>
        <source>Give the room of a job inside a home.</source>
        <translation>Give the room of a job inside a home.</translation>
    </message>
    <message>
        <source>Say where in the public area the job is.</source>
        <translation>Say where in the public area the job is.</translation>
    </message>
    <message>
        <source>Give a phone number to reach the resident.</source>
        <translation>Give a phone number to reach the resident.</translation>
    </message>
    <message>
        <source>A paid job needs a quote: materials or labour.</source>
        <translation>A paid job needs a quote: materials or labour.</translation>
    </message>
    <message>
        <source>A free job has no charges: mark it paid or remove the quote.</source>
        <translation>A free job has no charges: mark it paid or remove the quote.</translation>
    </message>
    <message>
        <source>No work order with number {id}.</source>
        <translation>No work order with number {id}.</translation>
    </message>
    <message>
        <source>Quote line {n}: enter a number.</source>
        <translation>Quote line {n}: enter a number.</translation>
    </message>
    <message>
        <source>A quote has at most {n} lines.</source>
        <translation>A quote has at most {n} lines.</translation>
    </message>
    <message>
        <source>Quote line {n}: give the material, a quantity above zero and a price.</source>
        <translation>Quote line {n}: give the material, a quantity above zero and a price.</translation>
    </message>
    <message>
        <source>The labour fee cannot be negative.</source>
        <translation>The labour fee cannot be negative.</translation>
    </message>
    <message>
        <source>Phone {phone}: too long for one phone number.</source>
        <translation>Phone {phone}: too long for one phone number.</translation>
    </message>
    <message>
        <source>Phone {phone}: only a landline or a 400/800 number has an extension.</source>
        <translation>Phone {phone}: only a landline or a 400/800 number has an extension.</translation>
    </message>
    <message>
        <source>Phone {phone}: too short for a phone number.</source>
        <translation>Phone {phone}: too short for a phone number.</translation>
    </message>
    <message>
        <source>Phone {phone}: no mobile number begins with {prefix}.</source>
        <translation>Phone {phone}: no mobile number begins with {prefix}.</translation>
    </message>
    <message>
        <source>Phone {phone}: a 400 or 800 number has 10 digits, this one has {n}.</source>
        <translation>Phone {phone}: a 400 or 800 number has 10 digits, this one has {n}.</translation>
    </message>
    <message>
        <source>Phone {phone}: there is no area code {area}.</source>
        <translation>Phone {phone}: there is no area code {area}.</translation>
    </message>
    <message>
        <source>Phone {phone}: after the area code {area} a landline has {lengths} digits, this one has {n}.</source>
        <translation>Phone {phone}: after the area code {area} a landline has {lengths} digits, this one has {n}.</translation>
    </message>
    <message>
        <source>Phone {phone}: no landline of area code {area} begins with {digit}.</source>
        <translation>Phone {phone}: no landline of area code {area} begins with {digit}.</translation>
    </message>
    <message>
        <source>{label} contains a NUL character, which cannot be stored.</source>
        <translation>{label} contains a NUL character, which cannot be stored.</translation>
    </message>
    <message>
        <source>{label} contains a broken character (a lone surrogate); retype it.</source>
        <translation>{label} contains a broken character (a lone surrogate); retype it.</translation>
    </message>
    <message>
        <source>{label}: at most {n} characters, this has {length}.</source>
        <translation>{label}: at most {n} characters, this has {length}.</translation>
    </message>
    <message>
        <source>The quote comes to more than {n}: check the quantities and prices.</source>
        <translation>The quote comes to more than {n}: check the quantities and prices.</translation>
    </message>
    <message>
        <source>A demo estate needs at least one room.</source>
        <translation>A demo estate needs at least one room.</translation>
    </message>
    <message>
        <source>The days of demo activity cannot be negative.</source>
        <translation>The days of demo activity cannot be negative.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Make a demo database first: desk-app demo --db URL</source>
        <translation>There is no database at {path}. Make a demo database first: desk-app demo --db URL</translation>
    </message>
    <message>
        <source>The database already has users; demo data goes into a new database. To add activity to a demo database, use --append.</source>
        <translation>The database already has users; demo data goes into a new database. To add activity to a demo database, use --append.</translation>
    </message>
    <message>
        <source>This database holds no demo data to add to. Make a demo database first: desk-app demo --db URL</source>
        <translation>This database holds no demo data to add to. Make a demo database first: desk-app demo --db URL</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>the drive is read-only</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>access is denied</translation>
    </message>
    <message>
        <source>the file or its folder does not exist</source>
        <translation>the file or its folder does not exist</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the drive could not be read or written</source>
        <translation>the drive could not be read or written</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>the system refused it</translation>
    </message>
    <message>
        <source>A file could not be used: {reason}. Nothing in the database was lost.</source>
        <translation>A file could not be used: {reason}. Nothing in the database was lost.</translation>
    </message>
    <message>
        <source>{path} is a file of the open database: choose another file.</source>
        <translation>{path} is a file of the open database: choose another file.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Enter the card number.</translation>
    </message>
    <message>
        <source>Card {card}: a facility code is 0–255 and a card number 0–65535.</source>
        <translation>Card {card}: a facility code is 0–255 and a card number 0–65535.</translation>
    </message>
    <message>
        <source>Card {card} is not a card number: the reader gives up to 10 digits, 8 hexadecimal characters, or the printed form such as 188,24910.</source>
        <translation>Card {card} is not a card number: the reader gives up to 10 digits, 8 hexadecimal characters, or the printed form such as 188,24910.</translation>
    </message>
    <message>
        <source>Card {card}: a card number is at most 4294967295.</source>
        <translation>Card {card}: a card number is at most 4294967295.</translation>
    </message>
    <message>
        <source>Plate {plate}: it begins with a province&apos;s character, such as 京 or 粤.</source>
        <translation>Plate {plate}: it begins with a province&apos;s character, such as 京 or 粤.</translation>
    </message>
    <message>
        <source>Plate {plate}: a plate has 7 characters (8 for a new-energy vehicle), this one has {n}.</source>
        <translation>Plate {plate}: a plate has 7 characters (8 for a new-energy vehicle), this one has {n}.</translation>
    </message>
    <message>
        <source>Plate {plate}: plates have no letter I or O; use the digit 1 or 0.</source>
        <translation>Plate {plate}: plates have no letter I or O; use the digit 1 or 0.</translation>
    </message>
    <message>
        <source>Plate {plate} is not a valid plate number.</source>
        <translation>Plate {plate} is not a valid plate number.</translation>
    </message>
    <message>
        <source>Not a month: {text}. Write it as YYYY-MM.</source>
        <translation>Not a month: {text}. Write it as YYYY-MM.</translation>
    </message>
    <message>
        <source>{month} is not over yet: a month is closed once it has ended.</source>
        <translation>{month} is not over yet: a month is closed once it has ended.</translation>
    </message>
    <message>
        <source>The database {path} is damaged, so nobody can log in to it: move it to another folder (keep it) and run the restore again.</source>
        <translation>The database {path} is damaged, so nobody can log in to it: move it to another folder (keep it) and run the restore again.</translation>
    </message>
    <message>
        <source>Restoring replaces the database {path}: name one of its administrators with --user.</source>
        <translation>Restoring replaces the database {path}: name one of its administrators with --user.</translation>
    </message>
    <message>
        <source>{record} has already gone to the company.</source>
        <translation>{record} has already gone to the company.</translation>
    </message>
    <message>
        <source>{record} was made in writing: log the written reply to the complainant first.</source>
        <translation>{record} was made in writing: log the written reply to the complainant first.</translation>
    </message>
    <message>
        <source>{name} is on the block list: {reasons}. Give a reason to let them in.</source>
        <translation>{name} is on the block list: {reasons}. Give a reason to let them in.</translation>
    </message>
    <message>
        <source>The second backup folder {path} cannot be written (is the stick plugged in?): the backup is only in the backups folder.</source>
        <translation>The second backup folder {path} cannot be written (is the stick plugged in?): the backup is only in the backups folder.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>Cannot write the backup {path}: {reason}</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored with pg_restore (see the README).</source>
        <translation>A PostgreSQL database is restored with pg_restore (see the README).</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup.</source>
        <translation>{path} is the database itself, not a backup.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>There is no backup file {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is damaged or not a database ({reason}).</source>
        <translation>{path} cannot be restored: it is damaged or not a database ({reason}).</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not a database of this program.</source>
        <translation>{path} cannot be restored: it is not a database of this program.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: its audit trail was altered ({reason}).</source>
        <translation>{path} cannot be restored: its audit trail was altered ({reason}).</translation>
    </message>
    <message>
        <source>Cannot make the backup folder {path}: {reason}</source>
        <translation>Cannot make the backup folder {path}: {reason}</translation>
    </message>
    <message>
        <source>pg_dump is not installed: install the PostgreSQL client tools to back up a PostgreSQL database.</source>
        <translation>pg_dump is not installed: install the PostgreSQL client tools to back up a PostgreSQL database.</translation>
    </message>
    <message>
        <source>pg_dump failed: {reason}</source>
        <translation>pg_dump failed: {reason}</translation>
    </message>
    <message>
        <source>Choose the home the cards are for.</source>
        <translation>Choose the home the cards are for.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>Enter the applicant&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s phone number.</source>
        <translation>Enter the applicant&apos;s phone number.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s ID number.</source>
        <translation>Enter the applicant&apos;s ID number.</translation>
    </message>
    <message>
        <source>A tenant&apos;s request needs the owner&apos;s consent: record how the owner agreed (present, in writing or by phone).</source>
        <translation>A tenant&apos;s request needs the owner&apos;s consent: record how the owner agreed (present, in writing or by phone).</translation>
    </message>
    <message>
        <source>{kind}: enter the numbers of the old cards.</source>
        <translation>{kind}: enter the numbers of the old cards.</translation>
    </message>
    <message>
        <source>The number of cards must be from 1 to {most}.</source>
        <translation>The number of cards must be from 1 to {most}.</translation>
    </message>
    <message>
        <source>Card {card} is entered twice.</source>
        <translation>Card {card} is entered twice.</translation>
    </message>
    <message>
        <source>Card {card} belongs to {room}, not to this home.</source>
        <translation>Card {card} belongs to {room}, not to this home.</translation>
    </message>
    <message>
        <source>Card {card} is no longer active ({state}): nothing to {what}.</source>
        <translation>Card {card} is no longer active ({state}): nothing to {what}.</translation>
    </message>
    <message>
        <source>{record} has no fee to pay (free or waived): no receipt.</source>
        <translation>{record} has no fee to pay (free or waived): no receipt.</translation>
    </message>
    <message>
        <source>No card request with number {id}.</source>
        <translation>No card request with number {id}.</translation>
    </message>
    <message>
        <source>Card {card} is already active for {room} ({holder}): it cannot be issued again.</source>
        <translation>Card {card} is already active for {room} ({holder}): it cannot be issued again.</translation>
    </message>
    <message>
        <source>No card with number {id}.</source>
        <translation>No card with number {id}.</translation>
    </message>
    <message>
        <source>{room} would have {count} active cards; a home may have at most {limit} (settings: access cards).</source>
        <translation>{room} would have {count} active cards; a home may have at most {limit} (settings: access cards).</translation>
    </message>
    <message>
        <source>{record} is for {count} card(s): enter {count} card number(s), {given} given.</source>
        <translation>{record} is for {count} card(s): enter {count} card number(s), {given} given.</translation>
    </message>
    <message>
        <source>No complaint with number {id}.</source>
        <translation>No complaint with number {id}.</translation>
    </message>
    <message>
        <source>No complaint with the serial {serial}.</source>
        <translation>No complaint with the serial {serial}.</translation>
    </message>
    <message>
        <source>Give the quarter as YYYY-Qn, e.g. 2026-Q4.</source>
        <translation>Give the quarter as YYYY-Qn, e.g. 2026-Q4.</translation>
    </message>
    <message>
        <source>Fill this in (at least two characters).</source>
        <translation>Fill this in (at least two characters).</translation>
    </message>
    <message>
        <source>Name the party responsible.</source>
        <translation>Name the party responsible.</translation>
    </message>
    <message>
        <source>No block-list entry with number {id}.</source>
        <translation>No block-list entry with number {id}.</translation>
    </message>
    <message>
        <source>Please fill in the visitor&apos;s name.</source>
        <translation>Please fill in the visitor&apos;s name.</translation>
    </message>
    <message>
        <source>Choose a kind of visitor from the list.</source>
        <translation>Choose a kind of visitor from the list.</translation>
    </message>
    <message>
        <source>Companions: enter a number from 0 to {most}.</source>
        <translation>Companions: enter a number from 0 to {most}.</translation>
    </message>
    <message>
        <source>The expected departure must come after the arrival.</source>
        <translation>The expected departure must come after the arrival.</translation>
    </message>
    <message>
        <source>A decoration worker works under a decoration permit: fill in its number.</source>
        <translation>A decoration worker works under a decoration permit: fill in its number.</translation>
    </message>
    <message>
        <source>Please fill in the room the visitor is going to.</source>
        <translation>Please fill in the room the visitor is going to.</translation>
    </message>
    <message>
        <source>A block-list entry needs the name and phone, the ID number or the plate.</source>
        <translation>A block-list entry needs the name and phone, the ID number or the plate.</translation>
    </message>
    <message>
        <source>The block cannot end before today.</source>
        <translation>The block cannot end before today.</translation>
    </message>
    <message>
        <source>Visit {serial} has been voided.</source>
        <translation>Visit {serial} has been voided.</translation>
    </message>
    <message>
        <source>Unknown pass paper {paper}; use a6 or receipt80.</source>
        <translation>Unknown pass paper {paper}; use a6 or receipt80.</translation>
    </message>
    <message>
        <source>No visit with number {id}.</source>
        <translation>No visit with number {id}.</translation>
    </message>
    <message>
        <source>No visit has the serial {serial}.</source>
        <translation>No visit has the serial {serial}.</translation>
    </message>
    <message>
        <source>Only the clerk who signed a visitor in or a supervisor can correct it.</source>
        <translation>Only the clerk who signed a visitor in or a supervisor can correct it.</translation>
    </message>
    <message>
        <source>Only a supervisor can change an ID number already stored.</source>
        <translation>Only a supervisor can change an ID number already stored.</translation>
    </message>
    <message>
        <source>A visit stays on its day ({day}); void it and sign in again.</source>
        <translation>A visit stays on its day ({day}); void it and sign in again.</translation>
    </message>
    <message>
        <source>The arrival cannot come after the departure.</source>
        <translation>The arrival cannot come after the departure.</translation>
    </message>
    <message>
        <source>A kind of visitor needs a code and a name of at most 20 characters.</source>
        <translation>A kind of visitor needs a code and a name of at most 20 characters.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>This field</source>
        <translation>This field</translation>
    </message>
    <message>
        <source>Community name</source>
        <translation>Community name</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Agreement note</source>
        <translation>Agreement note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Job description</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>Quote line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Since when</source>
        <translation>Since when</translation>
    </message>
    <message>
        <source>Stop-gap measure</source>
        <translation>Stop-gap measure</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 file</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>Set up the administrator</source>
        <translation>Set up the administrator</translation>
    </message>
    <message>
        <source>This database has no users yet. Name the service center as its paper should show it, and create the administrator account: it manages users, departments and settings.</source>
        <translation>This database has no users yet. Name the service center as its paper should show it, and create the administrator account: it manages users, departments and settings.</translation>
    </message>
    <message>
        <source>Service &amp;center name</source>
        <translation>Service &amp;center name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Service p&amp;hone</source>
        <translation>Service p&amp;hone</translation>
    </message>
    <message>
        <source>Super&amp;vision phone</source>
        <translation>Super&amp;vision phone</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Type at least two characters.</source>
        <translation>Type at least two characters.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1: %2 removed</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>HistoryForm</name>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <source>Work orders past their deadline</source>
        <translation>Work orders past their deadline</translation>
    </message>
    <message>
        <source>Work orders due soon</source>
        <translation>Work orders due soon</translation>
    </message>
    <message>
        <source>Work orders awaiting dispatch</source>
        <translation>Work orders awaiting dispatch</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Callbacks due</translation>
    </message>
    <message>
        <source>Slips not yet returned</source>
        <translation>Slips not yet returned</translation>
    </message>
    <message>
        <source>Callbacks nobody could be reached for (to settle)</source>
        <translation>Callbacks nobody could be reached for (to settle)</translation>
    </message>
    <message>
        <source>Notices for you (unread)</source>
        <translation>Notices for you (unread)</translation>
    </message>
    <message>
        <source>Entries waiting for your review (last 7 days)</source>
        <translation>Entries waiting for your review (last 7 days)</translation>
    </message>
    <message>
        <source>Calls and visits</source>
        <translation>Calls and visits</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>Residents and rooms</source>
        <translation>Residents and rooms</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>… and many more: type more to narrow</source>
        <translation>… and many more: type more to narrow</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Card requests waiting for your approval</source>
        <translation>Card requests waiting for your approval</translation>
    </message>
    <message>
        <source>Approved card requests: cards to hand over</source>
        <translation>Approved card requests: cards to hand over</translation>
    </message>
    <message>
        <source>Access cards</source>
        <translation>Access cards</translation>
    </message>
    <message>
        <source>Card requests</source>
        <translation>Card requests</translation>
    </message>
    <message>
        <source>Visitors still on site after closing time</source>
        <translation>Visitors still on site after closing time</translation>
    </message>
    <message>
        <source>Visitors on site now</source>
        <translation>Visitors on site now</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Major complaints not yet acknowledged</source>
        <translation>Major complaints not yet acknowledged</translation>
    </message>
    <message>
        <source>Complaints past their deadline</source>
        <translation>Complaints past their deadline</translation>
    </message>
    <message>
        <source>Complaints due within a day</source>
        <translation>Complaints due within a day</translation>
    </message>
    <message>
        <source>Complaint resolutions waiting for your approval</source>
        <translation>Complaint resolutions waiting for your approval</translation>
    </message>
    <message>
        <source>Major complaint resolutions waiting for your approval</source>
        <translation>Major complaint resolutions waiting for your approval</translation>
    </message>
    <message>
        <source>Complaint callbacks due</source>
        <translation>Complaint callbacks due</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>Import the resident register</source>
        <translation>Import the resident register</translation>
    </message>
    <message>
        <source>Choose the spreadsheet of residents (.xlsx or .csv). A title row above the header is fine; the header needs a room column (房号) and a name column (姓名). Nothing is written until you confirm the preview.</source>
        <translation>Choose the spreadsheet of residents (.xlsx or .csv). A title row above the header is fine; the header needs a room column (房号) and a name column (姓名). Nothing is written until you confirm the preview.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>C&amp;ommunity</source>
        <translation>C&amp;ommunity</translation>
    </message>
    <message>
        <source>New residents</source>
        <translation>New residents</translation>
    </message>
    <message>
        <source>Residents given missing details</source>
        <translation>Residents given missing details</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>New rooms</source>
        <translation>New rooms</translation>
    </message>
    <message>
        <source>Rows with problems (not imported)</source>
        <translation>Rows with problems (not imported)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Rows to import</translation>
    </message>
    <message>
        <source>Not imported — correct these rows in the file and import it again; rows already imported are recognised:</source>
        <translation>Not imported — correct these rows in the file and import it again; rows already imported are recognised:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Preview &gt;</translation>
    </message>
    <message>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Import the valid rows</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Name of the community, unless the file has a 小区 column</source>
        <translation>Name of the community, unless the file has a 小区 column</translation>
    </message>
    <message>
        <source>As the file&apos;s 小区 column says</source>
        <translation>As the file&apos;s 小区 column says</translation>
    </message>
    <message>
        <source>Choose the register to import</source>
        <translation>Choose the register to import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Choose the file to import first.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Rows to import (%1)</source>
        <translation>Rows to import (%1)</translation>
    </message>
    <message>
        <source>Nothing new to import: every valid row is in the register.</source>
        <translation>Nothing new to import: every valid row is in the register.</translation>
    </message>
    <message>
        <source>Rows with problems are left out; correct them in the file and import it again later — rows already imported are recognised and not doubled.</source>
        <translation>Rows with problems are left out; correct them in the file and import it again later — rows already imported are recognised and not doubled.</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>sheet %1, row %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>%1: header found on %2.</source>
        <translation>%1: header found on %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>, new room</source>
        <translation>, new room</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>phones</translation>
    </message>
    <message>
        <source>move-in date</source>
        <translation>move-in date</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>emergency contact</translation>
    </message>
    <message>
        <source>emergency phone</source>
        <translation>emergency phone</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>Imported from %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n new resident(s) registered</source>
        <translation>
            <numerusform>%n new resident(s) registered</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) given missing details</source>
        <translation>
            <numerusform>%n resident(s) given missing details</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new room(s)</source>
        <translation>
            <numerusform>%n new room(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) given their area</source>
        <translation>
            <numerusform>%n room(s) given their area</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in the register</source>
        <translation>
            <numerusform>%n row(s) already in the register</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems not imported</source>
        <translation>
            <numerusform>%n row(s) with problems not imported</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the file</source>
        <translation>Step 1 of 3: choose the file</translation>
    </message>
    <message>
        <source>Step 2 of 3: check the preview</source>
        <translation>Step 2 of 3: check the preview</translation>
    </message>
    <message>
        <source>Step 3 of 3: done</source>
        <translation>Step 3 of 3: done</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>(not forwarded)</source>
        <translation>(not forwarded)</translation>
    </message>
    <message>
        <source>Log a call or visit</source>
        <translation>Log a call or visit</translation>
    </message>
    <message>
        <source>Amend %1</source>
        <translation>Amend %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Choose your own password to start.</source>
        <translation>Choose your own password to start.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>Calls &amp; visits</source>
        <translation>Calls &amp; visits</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Access cards</source>
        <translation>Access cards</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Front desk — %1</source>
        <translation>Front desk — %1</translation>
    </message>
    <message>
        <source>Your role does not use this screen.</source>
        <translation>Your role does not use this screen.</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>MainWindowForm</name>
    <message>
        <source>Search serial, room, phone, name, words… (Ctrl+K)</source>
        <translation>Search serial, room, phone, name, words… (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>Monthly</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Calls and visits</source>
        <translation>Calls and visits</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Entries of the month&apos;s days; voided entries not counted.</source>
        <translation>Entries of the month&apos;s days; voided entries not counted.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>No department</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Called back in time</source>
        <translation>Called back in time</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>On time by urgency</source>
        <translation>On time by urgency</translation>
    </message>
    <message>
        <source>Of the orders completed in the month: completed by the deadline (time on hold added) and, for emergencies, on site in time.</source>
        <translation>Of the orders completed in the month: completed by the deadline (time on hold added) and, for emergencies, on site in time.</translation>
    </message>
    <message>
        <source>On time by department</source>
        <translation>On time by department</translation>
    </message>
    <message>
        <source>Callback coverage</source>
        <translation>Callback coverage</translation>
    </message>
    <message>
        <source>Each order completed in the month is due a callback.</source>
        <translation>Each order completed in the month is due a callback.</translation>
    </message>
    <message>
        <source>Satisfaction at the callback</source>
        <translation>Satisfaction at the callback</translation>
    </message>
    <message>
        <source>Of them major</source>
        <translation>Of them major</translation>
    </message>
    <message>
        <source>Resolved by the deadline</source>
        <translation>Resolved by the deadline</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>Complaints by category</translation>
    </message>
    <message>
        <source>Counted as in the monthly complaint statistics.</source>
        <translation>Counted as in the monthly complaint statistics.</translation>
    </message>
    <message>
        <source>Major complaints</source>
        <translation>Major complaints</translation>
    </message>
    <message>
        <source>Complaints on time</source>
        <translation>Complaints on time</translation>
    </message>
    <message>
        <source>Complainants&apos; satisfaction</source>
        <translation>Complainants&apos; satisfaction</translation>
    </message>
</context>
<context>
    <name>MonthlyOverviewWidget</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>C&amp;lose the month…</source>
        <translation>C&amp;lose the month…</translation>
    </message>
    <message>
        <source>Put the month&apos;s registers and overview into the archive folder</source>
        <translation>Put the month&apos;s registers and overview into the archive folder</translation>
    </message>
    <message>
        <source>%1 beside %2</source>
        <translation>%1 beside %2</translation>
    </message>
    <message>
        <source>Closed: version %1</source>
        <translation>Closed: version %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Monthly overview %1</source>
        <translation>Monthly overview %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>Close the month</translation>
    </message>
    <message>
        <source>Put the registers of every day of %1 and its overview into the archive folder? Closing it again later makes a new version; nothing is overwritten.</source>
        <translation>Put the registers of every day of %1 and its overview into the archive folder? Closing it again later makes a new version; nothing is overwritten.</translation>
    </message>
    <message>
        <source>%1 closed (version %2): %3 files in %4.</source>
        <translation>%1 closed (version %2): %3 files in %4.</translation>
    </message>
    <message>
        <source>Not signed by a supervisor: %1.</source>
        <translation>Not signed by a supervisor: %1.</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>Move out: %1</source>
        <translation>Move out: %1</translation>
    </message>
    <message>
        <source>%1 (%2) of %3</source>
        <translation>%1 (%2) of %3</translation>
    </message>
</context>
<context>
    <name>MoveOutForm</name>
    <message>
        <source>Move out</source>
        <translation>Move out</translation>
    </message>
    <message>
        <source>Moved &amp;out on</source>
        <translation>Moved &amp;out on</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>e.g. lease ended, sold the flat</source>
        <translation>e.g. lease ended, sold the flat</translation>
    </message>
    <message>
        <source>The record stays in the register under &quot;Moved out&quot;.</source>
        <translation>The record stays in the register under &quot;Moved out&quot;.</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (paused)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation>%1 (%2 late)</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (%2 left)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>On hold: %1, expected back on %2</source>
        <translation>On hold: %1, expected back on %2</translation>
    </message>
    <message>
        <source>Paid job, total ¥%1</source>
        <translation>Paid job, total ¥%1</translation>
    </message>
    <message>
        <source>agreed by the resident</source>
        <translation>agreed by the resident</translation>
    </message>
    <message>
        <source>Completed %1: %2</source>
        <translation>Completed %1: %2</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>Stop-gap and explanation: %1</source>
        <translation>Stop-gap and explanation: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>%1 %2 callback: %3</source>
        <translation>%1 %2 callback: %3</translation>
    </message>
    <message>
        <source>%1 %2 reprinted (copy %3): %4</source>
        <translation>%1 %2 reprinted (copy %3): %4</translation>
    </message>
    <message>
        <source>%1 %2 printed (copy %3)</source>
        <translation>%1 %2 printed (copy %3)</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>PasswordChangeForm</name>
    <message>
        <source>Choose your own password</source>
        <translation>Choose your own password</translation>
    </message>
    <message>
        <source>Your password was given to you by the administrator. Choose one only you know before you start.</source>
        <translation>Your password was given to you by the administrator. Choose one only you know before you start.</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>The printer could not be started: nothing was printed.</source>
        <translation>The printer could not be started: nothing was printed.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This screen arrives with a later version.</source>
        <translation>This screen arrives with a later version.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>%1 was printed before: this print is a reprint (补打). Why is it needed?</source>
        <translation>%1 was printed before: this print is a reprint (补打). Why is it needed?</translation>
    </message>
</context>
<context>
    <name>ReasonForm</name>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>e.g. paper jam, the department lost its copy</source>
        <translation>e.g. paper jam, the department lost its copy</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Room and matter</source>
        <translation>Room and matter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Contact entry</source>
        <translation>Contact entry</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Card request</source>
        <translation>Card request</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Owner-occupied</source>
        <translation>Owner-occupied</translation>
    </message>
    <message>
        <source>Rented out</source>
        <translation>Rented out</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>Under renovation</source>
        <translation>Under renovation</translation>
    </message>
    <message>
        <source>Not yet handed over</source>
        <translation>Not yet handed over</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>Adds to a resident</source>
        <translation>Adds to a resident</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>room number</source>
        <translation>room number</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>pinyin initials</source>
        <translation>pinyin initials</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>Move-in date</translation>
    </message>
    <message>
        <source>Move-out date</source>
        <translation>Move-out date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>Area m²</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>&amp;Monthly statistics…</source>
        <translation>&amp;Monthly statistics…</translation>
    </message>
    <message>
        <source>&amp;Quarterly analysis…</source>
        <translation>&amp;Quarterly analysis…</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1: %2 complaints, %3 major, %4 repeats · resolved on time %5, late %6, open %7 (overdue %8) · average time to resolve %9 · satisfied %10</source>
        <translation>%1: %2 complaints, %3 major, %4 repeats · resolved on time %5, late %6, open %7 (overdue %8) · average time to resolve %9 · satisfied %10</translation>
    </message>
    <message>
        <source>Complaints in the last 12 months</source>
        <translation>Complaints in the last 12 months</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Venting</source>
        <translation>Venting</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>No room</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Repeated room</source>
        <translation>Repeated room</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Monthly complaint statistics</source>
        <translation>Monthly complaint statistics</translation>
    </message>
    <message>
        <source>Quarterly complaint analysis</source>
        <translation>Quarterly complaint analysis</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Monthly &amp;overview</source>
        <translation>Monthly &amp;overview</translation>
    </message>
    <message>
        <source>&amp;Complaint statistics</source>
        <translation>&amp;Complaint statistics</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>New resident of %1</source>
        <translation>New resident of %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Shown masked: a supervisor can correct the number.</source>
        <translation>Shown masked: a supervisor can correct the number.</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Phones</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>Mo&amp;ved in on</source>
        <translation>Mo&amp;ved in on</translation>
    </message>
    <message>
        <source>Moved &amp;out on</source>
        <translation>Moved &amp;out on</translation>
    </message>
    <message>
        <source>E&amp;mergency contact</source>
        <translation>E&amp;mergency contact</translation>
    </message>
    <message>
        <source>Emer&amp;gency phone</source>
        <translation>Emer&amp;gency phone</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
</context>
<context>
    <name>ResidentsForm</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>3-2-1501, phone digits, surname or initials</source>
        <translation>3-2-1501, phone digits, surname or initials</translation>
    </message>
    <message>
        <source>Add &amp;room…</source>
        <translation>Add &amp;room…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>E&amp;dit room…</source>
        <translation>E&amp;dit room…</translation>
    </message>
    <message>
        <source>Living here</source>
        <translation>Living here</translation>
    </message>
    <message>
        <source>&amp;Add resident…</source>
        <translation>&amp;Add resident…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Move out…</source>
        <translation>&amp;Move out…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>What was changed in this resident&apos;s record (or the room&apos;s), by whom and when</source>
        <translation>What was changed in this resident&apos;s record (or the room&apos;s), by whom and when</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Recent records</source>
        <translation>Recent records</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>Area m²</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Living here</source>
        <translation>Living here</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) found</source>
        <translation>
            <numerusform>%n room(s) found</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No room matches the search.</source>
        <translation>No room matches the search.</translation>
    </message>
    <message>
        <source>%1 registered in %2.</source>
        <translation>%1 registered in %2.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>%1 moved out; the record stays under “Moved out”.</source>
        <translation>%1 moved out; the record stays under “Moved out”.</translation>
    </message>
    <message>
        <source>Void the record of %1</source>
        <translation>Void the record of %1</translation>
    </message>
    <message>
        <source>Reason for voiding (the record stays, marked void):</source>
        <translation>Reason for voiding (the record stays, marked void):</translation>
    </message>
    <message>
        <source>The record of %1 was voided.</source>
        <translation>The record of %1 was voided.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Room %1 registered.</source>
        <translation>Room %1 registered.</translation>
    </message>
    <message>
        <source>Room %1 saved.</source>
        <translation>Room %1 saved.</translation>
    </message>
    <message>
        <source>Imported: %1 new residents, %2 given missing details, %3 new rooms.</source>
        <translation>Imported: %1 new residents, %2 given missing details, %3 new rooms.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>log and print front-desk work</source>
        <translation>log and print front-desk work</translation>
    </message>
    <message>
        <source>see the front desk&apos;s records and residents&apos; details</source>
        <translation>see the front desk&apos;s records and residents&apos; details</translation>
    </message>
    <message>
        <source>edit their own open records</source>
        <translation>edit their own open records</translation>
    </message>
    <message>
        <source>void records</source>
        <translation>void records</translation>
    </message>
    <message>
        <source>cancel work orders</source>
        <translation>cancel work orders</translation>
    </message>
    <message>
        <source>sign the daily log</source>
        <translation>sign the daily log</translation>
    </message>
    <message>
        <source>review contact log entries</source>
        <translation>review contact log entries</translation>
    </message>
    <message>
        <source>approve requests and resolutions</source>
        <translation>approve requests and resolutions</translation>
    </message>
    <message>
        <source>see full ID numbers</source>
        <translation>see full ID numbers</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>export data</translation>
    </message>
    <message>
        <source>import the resident register</source>
        <translation>import the resident register</translation>
    </message>
    <message>
        <source>close major work orders</source>
        <translation>close major work orders</translation>
    </message>
    <message>
        <source>approve the resolution of a major complaint (the project manager does)</source>
        <translation>approve the resolution of a major complaint (the project manager does)</translation>
    </message>
    <message>
        <source>close major complaints</source>
        <translation>close major complaints</translation>
    </message>
    <message>
        <source>approve complaint resolutions</source>
        <translation>approve complaint resolutions</translation>
    </message>
    <message>
        <source>close complaints</source>
        <translation>close complaints</translation>
    </message>
    <message>
        <source>run company reports</source>
        <translation>run company reports</translation>
    </message>
    <message>
        <source>manage users, departments and settings</source>
        <translation>manage users, departments and settings</translation>
    </message>
    <message>
        <source>maintain the visitor block list</source>
        <translation>maintain the visitor block list</translation>
    </message>
    <message>
        <source>blank visitors&apos; personal data past its retention</source>
        <translation>blank visitors&apos; personal data past its retention</translation>
    </message>
    <message>
        <source>reopen work orders</source>
        <translation>reopen work orders</translation>
    </message>
    <message>
        <source>settle callbacks nobody could be reached for</source>
        <translation>settle callbacks nobody could be reached for</translation>
    </message>
    <message>
        <source>amend saved callback results</source>
        <translation>amend saved callback results</translation>
    </message>
    <message>
        <source>cancel work orders that have been dispatched</source>
        <translation>cancel work orders that have been dispatched</translation>
    </message>
    <message>
        <source>cancel work orders opened by others</source>
        <translation>cancel work orders opened by others</translation>
    </message>
    <message>
        <source>see the monthly overview</source>
        <translation>see the monthly overview</translation>
    </message>
    <message>
        <source>close a month into the archive</source>
        <translation>close a month into the archive</translation>
    </message>
    <message>
        <source>acknowledge major complaints</source>
        <translation>acknowledge major complaints</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Name of the community</source>
        <translation>Name of the community</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>(from the room number)</source>
        <translation>(from the room number)</translation>
    </message>
    <message>
        <source>Edit room %1</source>
        <translation>Edit room %1</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
</context>
<context>
    <name>RoomField</name>
    <message>
        <source>Not linked to a room of the register: kept as a place as written.</source>
        <translation>Not linked to a room of the register: kept as a place as written.</translation>
    </message>
</context>
<context>
    <name>RoomForm</name>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>&amp;Building</translation>
    </message>
    <message>
        <source>3, 3栋 or 12#</source>
        <translation>3, 3栋 or 12#</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>2 or 2单元; empty if the building has none</source>
        <translation>2 or 2单元; empty if the building has none</translation>
    </message>
    <message>
        <source>Room &amp;number</source>
        <translation>Room &amp;number</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>&amp;Floor</translation>
    </message>
    <message>
        <source>&amp;Area (m²)</source>
        <translation>&amp;Area (m²)</translation>
    </message>
    <message>
        <source>&amp;Occupancy</source>
        <translation>&amp;Occupancy</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
</context>
<context>
    <name>RoomHistoryPanel</name>
    <message>
        <source>Choose a room to see its recent records.</source>
        <translation>Choose a room to see its recent records.</translation>
    </message>
    <message>
        <source>No earlier records for this home.</source>
        <translation>No earlier records for this home.</translation>
    </message>
    <message numerus="yes">
        <source>%n recent record(s):</source>
        <translation>
            <numerusform>%n recent record(s):</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Choose a room</source>
        <translation>Choose a room</translation>
    </message>
    <message>
        <source>Browse the estate on the left, or find a room by its number, a phone&apos;s last digits, a surname or pinyin initials.</source>
        <translation>Browse the estate on the left, or find a room by its number, a phone&apos;s last digits, a surname or pinyin initials.</translation>
    </message>
    <message>
        <source>Living here (%1)</source>
        <translation>Living here (%1)</translation>
    </message>
    <message>
        <source>Moved out (%1)</source>
        <translation>Moved out (%1)</translation>
    </message>
    <message>
        <source>floor %1</source>
        <translation>floor %1</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Phones: %1</translation>
    </message>
    <message>
        <source>Emergency contact: %1</source>
        <translation>Emergency contact: %1</translation>
    </message>
    <message>
        <source>%1: no emergency contact or notes recorded.</source>
        <translation>%1: no emergency contact or notes recorded.</translation>
    </message>
</context>
<context>
    <name>SafeFileDialog</name>
    <message>
        <source>%1 is a file of the database the app is using. Choose another file or name.</source>
        <translation>%1 is a file of the database the app is using. Choose another file or name.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Service center name</source>
        <translation>Service center name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>Supervision phone</translation>
    </message>
    <message>
        <source>Emergency: on site within (minutes)</source>
        <translation>Emergency: on site within (minutes)</translation>
    </message>
    <message>
        <source>Emergency: completed within (hours)</source>
        <translation>Emergency: completed within (hours)</translation>
    </message>
    <message>
        <source>Normal: completed within (hours, without appointment)</source>
        <translation>Normal: completed within (hours, without appointment)</translation>
    </message>
    <message>
        <source>Warn before a deadline (minutes)</source>
        <translation>Warn before a deadline (minutes)</translation>
    </message>
    <message>
        <source>Callback due after completion (hours)</source>
        <translation>Callback due after completion (hours)</translation>
    </message>
    <message>
        <source>Callback tries before unreachable</source>
        <translation>Callback tries before unreachable</translation>
    </message>
    <message>
        <source>Complaint: reply within (days)</source>
        <translation>Complaint: reply within (days)</translation>
    </message>
    <message>
        <source>Complaint: resolve within (working days)</source>
        <translation>Complaint: resolve within (working days)</translation>
    </message>
    <message>
        <source>Consultation: resolve within (working days)</source>
        <translation>Consultation: resolve within (working days)</translation>
    </message>
    <message>
        <source>Repeat complaint escalates within (hours)</source>
        <translation>Repeat complaint escalates within (hours)</translation>
    </message>
    <message>
        <source>Contact follow-up overdue after (hours)</source>
        <translation>Contact follow-up overdue after (hours)</translation>
    </message>
    <message>
        <source>Default paper for work orders</source>
        <translation>Default paper for work orders</translation>
    </message>
    <message>
        <source>Print offset, horizontal (mm)</source>
        <translation>Print offset, horizontal (mm)</translation>
    </message>
    <message>
        <source>Print offset, vertical (mm)</source>
        <translation>Print offset, vertical (mm)</translation>
    </message>
    <message>
        <source>Phone masked on the slip&apos;s parts</source>
        <translation>Phone masked on the slip&apos;s parts</translation>
    </message>
    <message>
        <source>Active access cards per home (at most)</source>
        <translation>Active access cards per home (at most)</translation>
    </message>
    <message>
        <source>Card reader at the desk types</source>
        <translation>Card reader at the desk types</translation>
    </message>
    <message>
        <source>Fee per card: first issue</source>
        <translation>Fee per card: first issue</translation>
    </message>
    <message>
        <source>Fee per card: additional card</source>
        <translation>Fee per card: additional card</translation>
    </message>
    <message>
        <source>Fee per card: lost card</source>
        <translation>Fee per card: lost card</translation>
    </message>
    <message>
        <source>Fee per card: damaged card</source>
        <translation>Fee per card: damaged card</translation>
    </message>
    <message>
        <source>Documents checked: first issue</source>
        <translation>Documents checked: first issue</translation>
    </message>
    <message>
        <source>Documents checked: additional card</source>
        <translation>Documents checked: additional card</translation>
    </message>
    <message>
        <source>Documents checked: lost card</source>
        <translation>Documents checked: lost card</translation>
    </message>
    <message>
        <source>Documents checked: damaged card</source>
        <translation>Documents checked: damaged card</translation>
    </message>
    <message>
        <source>Documents checked: cancelling cards</source>
        <translation>Documents checked: cancelling cards</translation>
    </message>
    <message>
        <source>Terms on the card application form</source>
        <translation>Terms on the card application form</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Archive folder (empty: in the data folder)</source>
        <translation>Archive folder (empty: in the data folder)</translation>
    </message>
    <message>
        <source>Backup folder (empty: beside the database)</source>
        <translation>Backup folder (empty: beside the database)</translation>
    </message>
    <message>
        <source>Daily backups kept (besides the first of each month)</source>
        <translation>Daily backups kept (besides the first of each month)</translation>
    </message>
    <message>
        <source>Second backup folder (optional, e.g. a USB stick)</source>
        <translation>Second backup folder (optional, e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Visitors: closing time (HH:MM)</source>
        <translation>Visitors: closing time (HH:MM)</translation>
    </message>
    <message>
        <source>Visitor pass paper</source>
        <translation>Visitor pass paper</translation>
    </message>
    <message>
        <source>Visitors&apos; ID numbers and phones kept for (days)</source>
        <translation>Visitors&apos; ID numbers and phones kept for (days)</translation>
    </message>
    <message>
        <source>Privacy notice on the visitor pass</source>
        <translation>Privacy notice on the visitor pass</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Only an administrator can change settings, users and departments.</source>
        <translation>Only an administrator can change settings, users and departments.</translation>
    </message>
    <message>
        <source>Service center</source>
        <translation>Service center</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Access cards</source>
        <translation>Access cards</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>&amp;Disable / enable</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>New &amp;department…</source>
        <translation>New &amp;department…</translation>
    </message>
    <message>
        <source>Disable / ena&amp;ble</source>
        <translation>Disable / ena&amp;ble</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Contact channels</translation>
    </message>
    <message>
        <source>New channel…</source>
        <translation>New channel…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <source>Work-order categories</source>
        <translation>Work-order categories</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <source>Kinds of visitor</source>
        <translation>Kinds of visitor</translation>
    </message>
    <message>
        <source>New kind…</source>
        <translation>New kind…</translation>
    </message>
    <message>
        <source>Block list…</source>
        <translation>Block list…</translation>
    </message>
    <message>
        <source>Test pages on:</source>
        <translation>Test pages on:</translation>
    </message>
    <message>
        <source>Save a &amp;test page…</source>
        <translation>Save a &amp;test page…</translation>
    </message>
    <message>
        <source>&amp;Calibration page…</source>
        <translation>&amp;Calibration page…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>A4, three parts on one sheet</source>
        <translation>A4, three parts on one sheet</translation>
    </message>
    <message>
        <source>241 mm continuous form (dot matrix)</source>
        <translation>241 mm continuous form (dot matrix)</translation>
    </message>
    <message>
        <source>Only on the resident&apos;s receipt</source>
        <translation>Only on the resident&apos;s receipt</translation>
    </message>
    <message>
        <source>On the department copy and the receipt</source>
        <translation>On the department copy and the receipt</translation>
    </message>
    <message>
        <source>Nowhere (full number on every part)</source>
        <translation>Nowhere (full number on every part)</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatic (system language)</translation>
    </message>
    <message>
        <source>Decimal (10 digits)</source>
        <translation>Decimal (10 digits)</translation>
    </message>
    <message>
        <source>Hexadecimal (8 characters)</source>
        <translation>Hexadecimal (8 characters)</translation>
    </message>
    <message>
        <source>A6 sheet</source>
        <translation>A6 sheet</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>80 mm receipt roll</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Import from a spreadsheet…</translation>
    </message>
    <message>
        <source>Resident register</source>
        <translation>Resident register</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kind of visitor</source>
        <translation>Kind of visitor</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>A new language takes effect when the program starts again.</source>
        <translation>A new language takes effect when the program starts again.</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved (%n changed).</source>
        <translation>
            <numerusform>Settings saved (%n changed).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no setting changed.</source>
        <translation>Nothing to save: no setting changed.</translation>
    </message>
    <message>
        <source>Imported: %1 new residents, %2 new rooms.</source>
        <translation>Imported: %1 new residents, %2 new rooms.</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Calibration page</translation>
    </message>
    <message>
        <source>Save a test page</source>
        <translation>Save a test page</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Test page saved to %1.</source>
        <translation>Test page saved to %1.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Active, to choose a password</source>
        <translation>Active, to choose a password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Select a row first.</translation>
    </message>
    <message>
        <source>User created.</source>
        <translation>User created.</translation>
    </message>
    <message>
        <source>User saved.</source>
        <translation>User saved.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <source>Password reset; the account is unlocked.</source>
        <translation>Password reset; the account is unlocked.</translation>
    </message>
    <message>
        <source>User disabled.</source>
        <translation>User disabled.</translation>
    </message>
    <message>
        <source>User enabled.</source>
        <translation>User enabled.</translation>
    </message>
    <message>
        <source>Account unlocked.</source>
        <translation>Account unlocked.</translation>
    </message>
    <message>
        <source>Department disabled.</source>
        <translation>Department disabled.</translation>
    </message>
    <message>
        <source>Department enabled.</source>
        <translation>Department enabled.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Work order step</source>
        <translation>Work order step</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>As the technician reports it; leave it for now.</source>
        <translation>As the technician reports it; leave it for now.</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>Tec&amp;hnician</source>
        <translation>Tec&amp;hnician</translation>
    </message>
    <message>
        <source>&amp;Waiting for</source>
        <translation>&amp;Waiting for</translation>
    </message>
    <message>
        <source>Expected &amp;back on</source>
        <translation>Expected &amp;back on</translation>
    </message>
    <message>
        <source>Work d&amp;one</source>
        <translation>Work d&amp;one</translation>
    </message>
    <message>
        <source>&amp;Stop-gap and why</source>
        <translation>&amp;Stop-gap and why</translation>
    </message>
    <message>
        <source>Needed when an emergency is done after its deadline</source>
        <translation>Needed when an emergency is done after its deadline</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>Visitors</name>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>The visit</translation>
    </message>
    <message>
        <source>name and phone</source>
        <translation>name and phone</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>plate</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Host room</source>
        <translation>Host room</translation>
    </message>
    <message>
        <source>Room as said</source>
        <translation>Room as said</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>Companions</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Decoration permit</source>
        <translation>Decoration permit</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation>Expected to leave</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Let in over the block list</source>
        <translation>Let in over the block list</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Personal data blanked</source>
        <translation>Personal data blanked</translation>
    </message>
</context>
<context>
    <name>VisitorsForm</name>
    <message>
        <source>Sign a visitor in</source>
        <translation>Sign a visitor in</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <source>3-2-1501, phone digits or surname</source>
        <translation>3-2-1501, phone digits or surname</translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation>H&amp;ost</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>&amp;Visitor</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>I&amp;D number</source>
        <translation>I&amp;D number</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <source>Pl&amp;ate</source>
        <translation>Pl&amp;ate</translation>
    </message>
    <message>
        <source>e.g. 粤B12345</source>
        <translation>e.g. 粤B12345</translation>
    </message>
    <message>
        <source>Compa&amp;nions</source>
        <translation>Compa&amp;nions</translation>
    </message>
    <message>
        <source>Decoration per&amp;mit</source>
        <translation>Decoration per&amp;mit</translation>
    </message>
    <message>
        <source>&amp;Leaves by</source>
        <translation>&amp;Leaves by</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Print a pa&amp;ss</source>
        <translation>Print a pa&amp;ss</translation>
    </message>
    <message>
        <source>New (Esc)</source>
        <translation>New (Esc)</translation>
    </message>
    <message>
        <source>Sign &amp;in (Ctrl+Enter)</source>
        <translation>Sign &amp;in (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This home&apos;s recent records</source>
        <translation>This home&apos;s recent records</translation>
    </message>
    <message>
        <source>Sign out by s&amp;erial</source>
        <translation>Sign out by s&amp;erial</translation>
    </message>
    <message>
        <source>Scan the pass or type FK-… and press Enter</source>
        <translation>Scan the pass or type FK-… and press Enter</translation>
    </message>
    <message>
        <source>On site no&amp;w</source>
        <translation>On site no&amp;w</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Room or building</source>
        <translation>Room or building</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Visitor&apos;s name</source>
        <translation>Visitor&apos;s name</translation>
    </message>
    <message>
        <source>Si&amp;gn out</source>
        <translation>Si&amp;gn out</translation>
    </message>
    <message>
        <source>&amp;Print pass…</source>
        <translation>&amp;Print pass…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>&amp;Changes…</source>
        <translation>&amp;Changes…</translation>
    </message>
    <message>
        <source>&amp;Block list…</source>
        <translation>&amp;Block list…</translation>
    </message>
    <message>
        <source>Blank old personal data…</source>
        <translation>Blank old personal data…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>not said</source>
        <translation>not said</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>How long / left</source>
        <translation>How long / left</translation>
    </message>
    <message>
        <source>Signed in by</source>
        <translation>Signed in by</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>left %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>Still on site after the closing time</source>
        <translation>Still on site after the closing time</translation>
    </message>
    <message>
        <source>Let in over the block list: %1</source>
        <translation>Let in over the block list: %1</translation>
    </message>
    <message>
        <source>Sign a visitor in</source>
        <translation>Sign a visitor in</translation>
    </message>
    <message>
        <source>%1 has been voided.</source>
        <translation>%1 has been voided.</translation>
    </message>
    <message>
        <source>Correct %1 (Esc: cancel)</source>
        <translation>Correct %1 (Esc: cancel)</translation>
    </message>
    <message>
        <source>Correct a visit</source>
        <translation>Correct a visit</translation>
    </message>
    <message>
        <source>Why is %1 corrected?</source>
        <translation>Why is %1 corrected?</translation>
    </message>
    <message>
        <source>Corrected %1.</source>
        <translation>Corrected %1.</translation>
    </message>
    <message>
        <source>Signed in %1: %2.</source>
        <translation>Signed in %1: %2.</translation>
    </message>
    <message>
        <source>%1 is on the block list:</source>
        <translation>%1 is on the block list:</translation>
    </message>
    <message>
        <source>for good</source>
        <translation>for good</translation>
    </message>
    <message>
        <source>• matched on %1: %2 (until %3)</source>
        <translation>• matched on %1: %2 (until %3)</translation>
    </message>
    <message>
        <source>To let them in, say why (the reason is recorded):</source>
        <translation>To let them in, say why (the reason is recorded):</translation>
    </message>
    <message>
        <source>Visitor on the block list</source>
        <translation>Visitor on the block list</translation>
    </message>
    <message>
        <source>%1 %2 signed out (stayed %3).</source>
        <translation>%1 %2 signed out (stayed %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On site now: %1</source>
        <translation>On site now: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n still on site after closing time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a visit in the list.</source>
        <translation>Choose a visit in the list.</translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation>Visitor pass</translation>
    </message>
    <message>
        <source>Void a visit</source>
        <translation>Void a visit</translation>
    </message>
    <message>
        <source>Why is %1 voided?</source>
        <translation>Why is %1 voided?</translation>
    </message>
    <message>
        <source>%1 voided.</source>
        <translation>%1 voided.</translation>
    </message>
    <message>
        <source>Changes of %1</source>
        <translation>Changes of %1</translation>
    </message>
    <message>
        <source>No visit holds personal data past its retention.</source>
        <translation>No visit holds personal data past its retention.</translation>
    </message>
    <message>
        <source>Blank old personal data</source>
        <translation>Blank old personal data</translation>
    </message>
    <message numerus="yes">
        <source>Blank the phones and ID numbers of %n visit(s) older than the retention? The visits themselves stay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blanked the personal data of %n visit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation>Export visits</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n visit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation>New work order</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Total ¥%1</source>
        <translation>Total ¥%1</translation>
    </message>
</context>
<context>
    <name>WorkOrderForm</name>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <source>3-2-1501, phone digits or surname</source>
        <translation>3-2-1501, phone digits or surname</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation>Pl&amp;ace</translation>
    </message>
    <message>
        <source>e.g. bathroom ceiling; 3rd floor stairwell</source>
        <translation>e.g. bathroom ceiling; 3rd floor stairwell</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <source>Appoint&amp;ment</source>
        <translation>Appoint&amp;ment</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>D&amp;epartment</source>
        <translation>D&amp;epartment</translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>&amp;Technician</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>By appointment</translation>
    </message>
    <message>
        <source>Paid repair (quote agreed before dispatch)</source>
        <translation>Paid repair (quote agreed before dispatch)</translation>
    </message>
    <message>
        <source>Add material line</source>
        <translation>Add material line</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>Resident agreed to the quote</source>
        <translation>Resident agreed to the quote</translation>
    </message>
    <message>
        <source>This home&apos;s recent records</source>
        <translation>This home&apos;s recent records</translation>
    </message>
</context>
<context>
    <name>WorkOrders</name>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Inside the home</source>
        <translation>Inside the home</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>Public area</translation>
    </message>
    <message>
        <source>Awaiting dispatch</source>
        <translation>Awaiting dispatch</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Slip returned</source>
        <translation>Slip returned</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Arrived on site</source>
        <translation>Arrived on site</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Record the callback</source>
        <translation>Record the callback</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Handed back to the desk</source>
        <translation>Handed back to the desk</translation>
    </message>
    <message>
        <source>Transfer to another department</source>
        <translation>Transfer to another department</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>The work order</source>
        <translation>The work order</translation>
    </message>
    <message>
        <source>Parts awaited</source>
        <translation>Parts awaited</translation>
    </message>
    <message>
        <source>Resident not at home</source>
        <translation>Resident not at home</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Asked to call later</source>
        <translation>Asked to call later</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>On site by</source>
        <translation>On site by</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Completed by</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>Called back by</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>In time</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>A4, three parts on one sheet</source>
        <translation>A4, three parts on one sheet</translation>
    </message>
    <message>
        <source>241 mm continuous form</source>
        <translation>241 mm continuous form</translation>
    </message>
    <message>
        <source>Major work order</source>
        <translation>Major work order</translation>
    </message>
    <message>
        <source>The slip is already back.</source>
        <translation>The slip is already back.</translation>
    </message>
    <message>
        <source>The job is not completed yet.</source>
        <translation>The job is not completed yet.</translation>
    </message>
    <message>
        <source>The order is cancelled or voided.</source>
        <translation>The order is cancelled or voided.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Resident agreed to the quote</source>
        <translation>Resident agreed to the quote</translation>
    </message>
    <message>
        <source>Callback not reached</source>
        <translation>Callback not reached</translation>
    </message>
    <message>
        <source>Marked unreachable</source>
        <translation>Marked unreachable</translation>
    </message>
    <message>
        <source>Callback result amended</source>
        <translation>Callback result amended</translation>
    </message>
    <message>
        <source>Slip printed</source>
        <translation>Slip printed</translation>
    </message>
    <message>
        <source>Slip reprinted</source>
        <translation>Slip reprinted</translation>
    </message>
    <message>
        <source>Managers notified</source>
        <translation>Managers notified</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Paid repair</source>
        <translation>Paid repair</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Dispatched at</source>
        <translation>Dispatched at</translation>
    </message>
    <message>
        <source>On site at</source>
        <translation>On site at</translation>
    </message>
    <message>
        <source>On site late</source>
        <translation>On site late</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Completed at</translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Stop-gap and explanation</source>
        <translation>Stop-gap and explanation</translation>
    </message>
    <message>
        <source>Held from</source>
        <translation>Held from</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Expected to go on</source>
        <translation>Expected to go on</translation>
    </message>
    <message>
        <source>Slip returned at</source>
        <translation>Slip returned at</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Calls not reached</source>
        <translation>Calls not reached</translation>
    </message>
    <message>
        <source>Call again at</source>
        <translation>Call again at</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>Times reopened</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Managers</translation>
    </message>
</context>
<context>
    <name>WorkOrdersForm</name>
    <message>
        <source>&amp;New work order… (Ctrl+N)</source>
        <translation>&amp;New work order… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Returned slip — &amp;scan or type the serial:</source>
        <translation>Returned slip — &amp;scan or type the serial:</translation>
    </message>
    <message>
        <source>PG-20261123-0001 + Enter</source>
        <translation>PG-20261123-0001 + Enter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Room or building</source>
        <translation>Room or building</translation>
    </message>
    <message>
        <source>Search the description (2+ characters)</source>
        <translation>Search the description (2+ characters)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>By deadline</source>
        <translation>By deadline</translation>
    </message>
    <message>
        <source>&amp;Print slip… (Ctrl+P)</source>
        <translation>&amp;Print slip… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;More steps</source>
        <translation>&amp;More steps</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>Call &amp;back…</source>
        <translation>Call &amp;back…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPage</name>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Callbacks due</translation>
    </message>
    <message>
        <source>Slips not returned</source>
        <translation>Slips not returned</translation>
    </message>
    <message>
        <source>Unreachable (supervisor)</source>
        <translation>Unreachable (supervisor)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Room / place</source>
        <translation>Room / place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Slip out</source>
        <translation>Slip out</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Open a complaint about this order…</source>
        <translation>Open a complaint about this order…</translation>
    </message>
    <message>
        <source>Dissatisfied: reopen the order or open a complaint from More steps if needed.</source>
        <translation>Dissatisfied: reopen the order or open a complaint from More steps if needed.</translation>
    </message>
    <message>
        <source>Dissatisfied: open a complaint about the order from More steps if needed.</source>
        <translation>Dissatisfied: open a complaint about the order from More steps if needed.</translation>
    </message>
    <message>
        <source>Complaint %1 opened about %2.</source>
        <translation>Complaint %1 opened about %2.</translation>
    </message>
    <message>
        <source>Change history of %1</source>
        <translation>Change history of %1</translation>
    </message>
    <message>
        <source>%1 orders · overdue %2 · due soon %3 · callbacks due %4 · slips out %5</source>
        <translation>%1 orders · overdue %2 · due soon %3 · callbacks due %4 · slips out %5</translation>
    </message>
    <message>
        <source>Select an order to see it here.</source>
        <translation>Select an order to see it here.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Amend the callback result…</source>
        <translation>Amend the callback result…</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Callback saved.</source>
        <translation>Callback saved.</translation>
    </message>
    <message>
        <source>Callback result amended.</source>
        <translation>Callback result amended.</translation>
    </message>
    <message>
        <source>Callback saved; %1 is closed.</source>
        <translation>Callback saved; %1 is closed.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>Select the orders to print.</source>
        <translation>Select the orders to print.</translation>
    </message>
    <message>
        <source>Work order slips</source>
        <translation>Work order slips</translation>
    </message>
    <message>
        <source>%1: slip returned.</source>
        <translation>%1: slip returned.</translation>
    </message>
    <message>
        <source>%1: press Enter to mark the slip returned.</source>
        <translation>%1: press Enter to mark the slip returned.</translation>
    </message>
</context>
<context>
    <name>WorkingDaysTab</name>
    <message>
        <source>Working day (e.g. a make-up day)</source>
        <translation>Working day (e.g. a make-up day)</translation>
    </message>
    <message>
        <source>Day off (public holiday)</source>
        <translation>Day off (public holiday)</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>e.g. National Day</translation>
    </message>
    <message>
        <source>Enter the day</source>
        <translation>Enter the day</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Entered as</source>
        <translation>Entered as</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The published calendar does not know %1 yet: enter its public holidays and make-up working days, or deadlines count Monday to Friday.</source>
        <translation>The published calendar does not know %1 yet: enter its public holidays and make-up working days, or deadlines count Monday to Friday.</translation>
    </message>
    <message>
        <source>The published calendar knows this year and the next.</source>
        <translation>The published calendar knows this year and the next.</translation>
    </message>
    <message>
        <source>%1 entered.</source>
        <translation>%1 entered.</translation>
    </message>
    <message>
        <source>%1 follows the published calendar again.</source>
        <translation>%1 follows the published calendar again.</translation>
    </message>
</context>
</TS>
