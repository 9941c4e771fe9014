<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDisplay</name>
    <message>
        <source>%1 (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed document on file: %1 bytes, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed document on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>Cannot reach the server at %1. Check the network connection or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection timed out while talking to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified (%1). The connection was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not found on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to connect to %1 without encryption: plain HTTP is allowed only to this computer. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodesetRelease</name>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged by %1 on %2; waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2; not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by %1 on %2; the checker and the patient record use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDisplay</name>
    <message>
        <source>= Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept one names the vaccine more exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept one was administered, this one is historical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept one has a lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same dose recorded twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later edit of %1 could not be placed: both patients got their value from before the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccination event %1 no longer exists and could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier %1 no longer exists and could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone showed or hid event %1 after the merge; it is back as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later edit of %1 went to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1, added after the merge, stays on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier %1, added after the merge, stays on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>“%1” is too large (%2 MB); files can be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large; files can be at most %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is named as a PDF or image, but its content is not a PDF, PNG, JPEG or TIFF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be sent: only PDF, PNG, JPEG and TIFF files can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hl7CheckResult</name>
    <message>
        <source>%1 has no check or no known severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points at segment %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no offset or length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, segment %2 has no valid byte range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no report with a summary and a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report describes %1 message(s) but the answer lays out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, finding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administered dose coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes valid on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility and funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer and lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race and ethnicity coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection and publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Social Security numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filler data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved back in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOAP web service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic (HL7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing-submission letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnboardingBoard</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate met: ready to pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>#%1 · priority %2 · waiting %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingProjectRules</name>
    <message>
        <source>Gate met: %1 can be passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate not met for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationOutcome</name>
    <message>
        <source>read to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail to the address on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax to the facility on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print for pick-up at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one of these must match (each can be tried once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one of these must match or be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified — do not read or release anything to this caller yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Verification in progress — do not read anything to the caller yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↗ Referred to a supervisor — release nothing; a supervisor will follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The verification expired — verify again before releasing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Verified — may %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this caller type does not fit the patient&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no remaining evidence can pass (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Verification failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Verification failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts today: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone release is now locked for this patient; a supervisor has been alerted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk</name>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::AccountsConnector</name>
    <message>
        <source>Loading the worklists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not name a record that can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklists updated at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded; it expires on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal reminders saved to %1 (rows: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password issued for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed document attached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed document saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::AccountsController</name>
    <message>
        <source>“%1” was not attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this account meanwhile; nothing was changed. The account shows its current state now: check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select between 1 and 200 accounts for a bulk change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::AccountsWorklistView</name>
    <message>
        <source>Expiring agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently inactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nactivate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport renewal reminders (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts worklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiring agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently &amp;inactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected account or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the selected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for inactivating the selected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivate the selected accounts with the reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export renewal reminders for the expiring agreements as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the worklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (needed to inactivate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export renewal reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal-reminders-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk actions are for supervisors, trainers and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiring agreements (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently &amp;inactivated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expiring or expired agreements · %2 pending requests · %3 recently inactivated · %4 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::AgreementDocumentBar</name>
    <message>
        <source>Attac&amp;h signed document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;e signed document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach signed document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save signed document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the signed document (PDF, PNG, JPEG or TIFF, up to 10 MB) to the selected agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected agreement&apos;s signed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;PDF (*.pdf);;Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the signed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed document (%1) is on file for this agreement. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the signed document to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::Application</name>
    <message>
        <source>Starting the Local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else; showing their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the call&apos;s ticket is kept on this computer and sent when the server can be reached (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new ticket for a call that is coming in now (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the new ticket is kept on this computer and sent when the server can be reached (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection: the new ticket is saved on this computer and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::AttachmentsView</name>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected attachment as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned forms and documents: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: files can be attached once the server can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::AutoAssignDialog</name>
    <message>
        <source>Only the &amp;selected tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-assign tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least loaded first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the previewed plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan (only specialists on shift whose skills cover the category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;selected tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview first: nothing is assigned until you apply the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out a plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to assign, %2 skipped. Apply assigns exactly these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue changed since the preview (%1). Preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets assigned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::BulkEditDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change several tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes to the selected tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change 1 ticket. Only the ticked fields change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 tickets at once. Only the ticked fields change; if any change is refused, none is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to %1 tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::CallTimerWidget</name>
    <message>
        <source>Call duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the call timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the call timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the call timer (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::CannedResponseController</name>
    <message>
        <source>Someone else changed this canned response first; the list now shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::CannedResponsesDialog</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered for category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offered for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A canned response needs a title and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Specialists will no longer be offered it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::Catalog</name>
    <message>
        <source>Account access / password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user / facility enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate or fragmented record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HL7 / data exchange onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine ordering and inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or changed vaccine codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecaster question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder / recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out / consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local health department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User access agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization data use agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::ChangePasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password confirmation problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, your password has to be replaced before the desk opens: it was set by an administrator or it has expired. Choose a new password only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1. Your sessions on other computers end; this one stays signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out without changing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetChangeModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (this release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetCountModel</name>
    <message>
        <source>Code set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetReleaseController</name>
    <message>
        <source>Approving release %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing release %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding release %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is approved. Publish it to put it into use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is published: the HL7 checker and the patient record use these code sets now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is discarded; nothing of it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was not discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see code set releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading code set releases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not see code set releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The releases were not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to change code set releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change code set releases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetReleaseDetail</name>
    <message>
        <source>Counts per code set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes this release changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;odes in this release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code s&amp;ystem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show new codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changed codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retired codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the release (left as published): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All code systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a release to see what it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the list below shows the first 500 codes of each kind; the counts are complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetReleaseListModel</name>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codes: new / changed / retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::CodesetReleasesView</name>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code set releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the releases from the server again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relea&amp;ses (new / changed / retired per code system):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the release as it is (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code set releases. Stage CDC files on the server with “izdesk-server codesets stage DIR”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: releases cannot be read or changed until the server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve release %1 (%2)? Nothing changes for the HL7 checker or the patient record yet: an approved release still has to be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish release %1? At once, the HL7 checker and the patient record use its code sets: %2. Other desk servers on the same database use them after a restart. A published release cannot be taken back from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard release %1? It will never be published and the code sets stay as they are; to use these files later, stage them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve release %1 no&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish release %1 no&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard release %1 no&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 release, %1 waiting to be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 releases, %2 waiting to be published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::DisclosuresView</name>
    <message>
        <source>Read to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed for pick-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone release locked (failed attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by a specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for lifting the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for lifting the lock (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift today&apos;s phone release lock for the selected alert&apos;s patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting of disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient &amp;record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the disclosures of this patient record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for lifting the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disclosures recorded for patient record #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s) for patient record #%1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::DuplicateClusterPanel</name>
    <message>
        <source>patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records (source IDs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pai&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loa&amp;d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest grade a cluster may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning facility code of a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected member pair to compare and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the next page of clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CLINIC01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;nimum grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two records of a cluster were scored against each other; a record linked to only some of them is left out, never chained in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records linked: too many to split; review them as pairs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 linked records; left out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored for the cluster (no stored pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clusters of three or more records at this grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clusters: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading clusters…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::DuplicateCompareView</name>
    <message>
        <source>Vaccination events after the merge (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap target and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard vetoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap target and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that these are two different patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the merge (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the source into the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Merge is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these records are the same patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score waterfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunizations after the merge (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Hard vetoes: %1. These may be two different children; only a supervisor may merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair %1 · %2 · score %3 · %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and merge — patient %1 (target) and %2 (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Hidden: duplicate of event %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — vaccination events after the merge: %1, hidden as duplicates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1 is now the target (kept) and %2 the source (retired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are these two different patients? (kept with the decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is needed to record that these are different patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged. Use Undo merge if this was a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone with conflicts (%1); see the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: not a duplicate. The pair will not be suggested again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pair to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pair is %1; only open pairs are merged here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pair has hard vetoes: the merge needs a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the preview of the merged patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a reason to enable Merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::DuplicateWorklistView</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate duplicate pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients (source IDs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning facility code of either patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youngest patient age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest patient age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the selected pair for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected pair to compare and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the next page of pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CLINIC01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ag&amp;e from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;irs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;usters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs or clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pairs match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs shown: %1 (more to load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 with vetoes · %3 claimed%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::DuplicatesConnector</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate review is for specialists and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening pair %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair %1 is claimed by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::DuplicatesController</name>
    <message>
        <source>The value typed for %1 cannot be used; correct it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::EnvironmentBanner</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — not real patient data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAT — test environment, not real patient data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCAL SANDBOX — synthetic data on this computer, not real patient data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the queue saved on this computer; new tickets and calls are kept here and sent later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the queue saved on this computer at %1; new tickets and calls are kept here and sent later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::Hl7CheckConnector</name>
    <message>
        <source>Check &amp;HL7 for this ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the HL7 message checker for a data exchange ticket (Ctrl+Alt+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking HL7 messages is for desk staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ticket #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::Hl7CheckController</name>
    <message>
        <source>There is nothing to check: paste a message, drop a file or open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1 MB; the server checks at most %2 MB at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to check messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not check HL7 messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the text as too large (at most %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::Hl7CheckerView</name>
    <message>
        <source>accepted (AA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted with errors (AE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected (AR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HL7 message checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an HL7 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HL7 messages (*.hl7 *.txt *.er7 *.dat);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file of messages, a batch or an MLLP capture (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the text to the registry&apos;s checker (Ctrl+Enter); nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the text and the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste HL7 messages here, one segment per line, or drop a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste HL7 v2 messages here (MSH|^~\&amp;|…), drop a file, or open one with Ctrl+O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message of the batch to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK for the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC&amp;K the registry would send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ACK to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1” (%2). Press Check (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text changed after the check: press Check (Ctrl+Enter) to check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the checker needs the server. Try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: messages cannot be checked until the server is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (control id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n message(s): passed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n message(s): failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the whole message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · checklist item %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sent: &lt;tt&gt;%1&lt;/tt&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACK is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::Hl7ChecklistBar</name>
    <message>
        <source>no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s); %1 with errors, %2 with warnings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed&lt;/b&gt; the registry&apos;s thresholds. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt;: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a message, drop a file or open one (Ctrl+O), then press Check (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::Hl7FindingModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::IisUserView</name>
    <message>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a&amp;greement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;temporary password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account view status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the signed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for inactivating the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivate the account with the reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the organization of the account&apos;s first site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a temporary password to give the user by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new temporary password, shown once, for you to give the user out of band. It replaces any earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (needed to inactivate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a signed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements on fi&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS user — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expires %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Give it to the user by phone or another channel than their e-mail. It is shown only now and replaces any earlier one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the temporary password and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::InboundCallConnector</name>
    <message>
        <source>No connection: the new ticket and its call are saved on this computer and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::InboundCallDialog</name>
    <message>
        <source>&amp;Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log call on selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tickets from this caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the call on the selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(555) 555-0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the call is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: saved as the ticket description and with the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tic&amp;kets from this caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the caller&apos;s number to see their recent tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up recent tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets from this number in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 recent ticket. Enter on it logs the call there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recent tickets. Enter on one logs the call there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a subject for the new ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::LinkDialog</name>
    <message>
        <source>Link ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. T-000077</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS patient id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS user name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 to another record. The link is shown on the ticket for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::LoginDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to IZ Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a server on this computer with synthetic data for training (Ctrl+L). No credentials needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IZ Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunization Information System help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here, or training? The Local sandbox runs on this computer with synthetic data for training — no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed for the Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the Local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator to set the server address of this environment (environments/%1/url in the IZ Desk settings file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or with your IZ Desk username and password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your web browser at your organization&apos;s sign-in page; IZ Desk continues when you have signed in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your web browser for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this sign-in (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::MainWindow</name>
    <message>
        <source>IZ Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details &amp;beside the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IZ Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IZ Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IZ Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;IZ Desk %1&lt;/h3&gt;&lt;p&gt;Help desk workstation for the state Immunization Information System.&lt;/p&gt;&lt;p&gt;API version %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbound call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new ticket for a call that is coming in now (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply to caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the call &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk edit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uto-assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here have not reached the server yet (%1 pending). Signing out removes them from this computer and they will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in until the status bar shows nothing pending, or sign out anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and &amp;discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient by name, date of birth, phone, IIS ID or address (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patient from &amp;ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show patients &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review candidate duplicate patients, compare and merge them (Ctrl+Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify caller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity before reading or releasing anything (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures and &amp;alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canned responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worklists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring agreements, pending account requests and recently inactivated accounts (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HL7 message &amp;checker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check HL7 messages a sender reads out or sends: checklist a–k and the ACK (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onboarding board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create staff accounts, change roles, disable, unlock and reset passwords (Ctrl+Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code s&amp;et releases…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::MergeDialog</name>
    <message>
        <source>Merge ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket to merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. T-000077</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into another ticket about the same request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of another ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be closed and marked &quot;merged into %2&quot;. Its timeline stays and is listed on %2 too. This cannot be undone here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::MergeFieldGrid</name>
    <message>
        <source> — old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F, M or U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of both patients and what the merged patient keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged result (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kept; the source&apos;s become old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typed value for %1 cannot be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::MergeRecordPanel</name>
    <message>
        <source>Merge record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the undo placed and could not place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1: patient %2 kept, patient %3 retired. Events moved: %4, hidden as duplicates: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 undone: patients %2 and %3 are separate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: everything went back exactly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::NotificationStrip</name>
    <message>
        <source>&amp;Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OidcSignIn</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). Sign in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This computer could not produce the random values a sign-in needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IZ Desk cannot receive the answer of the identity provider: no port is free on this computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened for the sign-in with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in already handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is over. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in IZ Desk started. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer that came back from the browser did not belong to this sign-in, so it was not used. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not sign you in. Go back to IZ Desk for the details; you can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in (%2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer held no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no authorization code back. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in with %1. You can close this tab and go back to IZ Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not hand out an ID token (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingActionDialog</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingBoardView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by organization, stage or status (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite the selected queue entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a project for the selected waiting organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected queue entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue entry becomes a project when it is invited (Alt+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue entry becomes a project when a supervisor invites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 withdrawn from the queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the board…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingConnector</name>
    <message>
        <source>Opening project %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued; select it under Letters to save it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is invited: project %2 has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No onboarding project yet: waiting in the queue at position %1 (priority %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization has no onboarding project and is not in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter saved to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — onboarding project #%2 — letter #%3 issued by %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the onboarding project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 in the HL7 checker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test submission #%1 of onboarding project #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open onboarding &amp;project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the onboarding project of a data exchange ticket&apos;s organization (Ctrl+Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the onboarding project of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingContactsEditor</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the contact edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else meanwhile (yours is still in the boxes; Save again to keep yours, Revert to take theirs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingController</name>
    <message>
        <source>Someone changed this project after you opened it. Your changes were not saved; the project as it is now is shown. Make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreed plan is set; the due dates follow from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical workflow is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date of %1 is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is moved back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue entry is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored and passed the check (%2 message(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored but did not pass the check: %2 of %3 message(s) with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project does not take test submissions now: only an active project in Test transport, Technical review or Monitoring does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large: at most %1 is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no data key, so it cannot store test files; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test submission was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingProjectView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the project (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set agreed &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the agreed plan date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ss stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record clinical &amp;workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the clinical workflow review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;due date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a stage&apos;s due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;back in queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the project back in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdr&amp;aw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;invitation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue an invitation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue o&amp;ngoing-submission letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the ongoing-submission letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;letter as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the organization agreed to the onboarding plan. Every stage&apos;s due date follows from it on the desk&apos;s business calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the agreed plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage and the following ones move by the same business time. A stage already past due cannot move: move the project back in the queue instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the due date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets a new place in the queue from today; this project ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ends and leaves the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the invitation letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the ongoing-submission letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions, history and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data use agreement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan agreed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site is named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is %1: no gate to pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmissions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;etters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not passed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its gate is not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add test submissi&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a test submission from an HL7 file (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and storing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a test submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HL7 v2 files (*.hl7 *.er7 *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked as the HL7 checker does and stored sealed; a file may also be dropped here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingSubmissionsModel</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingTimelineModel</name>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OnboardingTrendView</name>
    <message>
        <source>No test submission has been received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test submissions, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of messages with errors and with warnings per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected submission&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected submission in the HL7 checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loading its report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not pass: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2. %3 message(s), %4 with errors, %5 with warnings; score %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OrganizationView</name>
    <message>
        <source>Organization data use agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VFC PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS users of the sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected IIS user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data use a&amp;greements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites: %1 · IIS users: %2 · Data use agreements: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;nboarding project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the organization&apos;s electronic-reporting onboarding project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::Outbox</name>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entry on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bulk change of %n ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link change on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OutboxConflictDialog</name>
    <message>
        <source>&amp;Apply mine on theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (on the server now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply my change on top of theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were saved on this computer but the server refused them when they were sent. Choose for each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every change reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::OutboxConnector</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback number or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this ticket after you made your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::PasswordChangeConnector</name>
    <message>
        <source>Your password is changed. Your sessions on other computers have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your password needs the server, which cannot be reached now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::PatientConnector</name>
    <message>
        <source>Patient linked to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was not linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no linked patient. Find the patient (F3) and link it with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::PatientRecordView</name>
    <message>
        <source>&amp;Back to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify caller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent and protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the search results (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this patient to the current ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race / ethnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunization history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunization history status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient open. Find a patient and press Enter to open the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••• hidden until the caller is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller verified — details and history may be discussed within the release rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller not verified — address, phone, mother&apos;s maiden name, identifiers, guardians and the immunization history stay hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: since %2, source %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent restrictions on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, birth order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>••••••</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identifiers on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardians on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the caller to see the immunization history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVX %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No immunizations on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::PatientResultModel</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sounds alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day and month swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first and last swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a hyphenated name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jr/Sr?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different birth-file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different birth order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOB and sex differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder/recall opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth-file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Hispanic or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 match, score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 10 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name on one record only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-grade: nothing closer on file, check what differs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::PatientSearchView</name>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, date of birth, phone, IIS ID, address — e.g. Jon Smyth 03/04/2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show why this patient matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the patient&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the patient to the current ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients match — try fewer words or check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients found: %1 — best match first. Enter opens the selected record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the caller says: a name, date of birth, phone number, IIS ID or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected patient to %1 (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket in the queue to link a patient to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient to see how each field compares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 match, score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::RecordRenderer</name>
    <message>
        <source>Released by %1 on %2 — ticket #%3 — disclosure #%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help desk staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunization record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunization history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No immunizations are on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVX %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: released under the help desk&apos;s caller verification policy. Do not redisclose without authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::ReleaseDialog</name>
    <message>
        <source>&amp;Mail to the patient&apos;s current address on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax to the verified facility&apos;s number on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print for pick-up at the help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release immunization record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the record is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is addressed only to what is on file; it cannot be sent anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;PDF as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to save the released record in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing may be released for this verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the released record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Released and recorded as a disclosure. Addressed to: %1. Saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::ReportExporter</name>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::ReportsConnector</name>
    <message>
        <source>%1 rows saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::ReportsView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog and aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets per specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · computed from %3 tickets on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now · computed from %1 tickets on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::SandboxLauncher</name>
    <message>
        <source>The local sandbox server could not be started (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox server did not start within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox server was not found at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox server crashed while starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox server stopped while starting (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server output:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::ScoreWaterfall</name>
    <message>
        <source>Score waterfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::SessionController</name>
    <message>
        <source>Signing in to the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is not running. Start it with &quot;Sign in to the sandbox&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 environment is not configured: no server address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unexpected answer to the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached; trying the offline sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline sign-in failed: the user name or password is wrong, or this user has not signed in to this environment on this computer before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your password needs the server, which cannot be reached now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: the desk opens once you have chosen a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended: you were signed out elsewhere, the session timed out, or an administrator disabled your account or reset its password. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: a new password must be chosen before the desk opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back; finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This environment offers no sign-in through an identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your web browser: sign in with %1 there, then come back to IZ Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the sign-in with IZ Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::SessionStatusBar</name>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved on this computer and not yet on the server; click to resolve conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::Settings</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::SlaAlertMonitor</name>
    <message>
        <source>%1 breaches its SLA in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has breached its SLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::SlaAlertPresenter</name>
    <message>
        <source>IZ Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::SlaStatus</name>
    <message>
        <source>&lt;1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::StaffAccountDialog</name>
    <message>
        <source>Username problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person signs in with the temporary password once and then has to choose a password of their own. Give them the temporary password in person or by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the role of %1 (%2) takes effect with their next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is signed out everywhere and has to choose a new password at the next sign-in with this temporary one. A lock from failed sign-ins is cleared too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::StaffAccountsConnector</name>
    <message>
        <source>Loading the staff accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts updated at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added as %2. They sign in with the temporary password and then choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2, shown as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new temporary password and chooses a new one at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::StaffAccountsController</name>
    <message>
        <source>The server sent an unexpected answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::StaffAccountsView</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter staff accounts by username, name or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username, name or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role or name of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected account and end its sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the selected account after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected account a new temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password due at next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a new password</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>izdesk::StaffBoardView</name>
    <message>
        <source>Refres&amp;h board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and pending internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the desk board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on shift · %2 online · %3 staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::SupervisorConnector</name>
    <message>
        <source>Saved on this computer; it will be sent when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::SupervisorController</name>
    <message>
        <source>Select between 1 and 500 tickets for a bulk change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets changed since the preview; nothing was assigned. Preview again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TicketConflictPanel</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes on the server and in your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your edit and show the ticket as it is on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your values; saving again applies them over the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this ticket while you were editing it. Nothing was saved. Compare the values, then reload theirs or keep editing and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server and in your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TicketDetailPanel</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this ticket (E in the queue, F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket in the queue to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: changes are disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others on this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket details and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TicketEditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller needs, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requester name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester c&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… the dialog closes when the server confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the editor and discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization or facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or facility code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization / &amp;facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TicketExtrasConnector</name>
    <message>
        <source>Scanned forms (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned response &quot;%1&quot; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned response &quot;%1&quot; saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, PNG, JPEG or TIFF, up to %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TicketLinksBar</name>
    <message>
        <source>No links yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this ticket to an organization, facility, ticket, patient or IIS user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge this ticket into another ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is already merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TicketListModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer and not yet sent: the ticket gets its number when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TicketQueueController</name>
    <message>
        <source>(cached details unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached details unavailable: ticket details are only kept on this computer when a system keychain is available. They will show once the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unexpected answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to create tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to change tickets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TicketQueueView</name>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, subject, requester… (Ctrl+F or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached 9h 59m ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TicketRules</name>
    <message>
        <source>the patch changes nothing: give at least one field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field a client may set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive integer or null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TimelineComposer</name>
    <message>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply to caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned response (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply to caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call notes: saved with the call when you stop the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply the caller will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note, only staff see it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TimelineConnector</name>
    <message>
        <source>Saved on this computer; it will be sent when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::TimelineView</name>
    <message>
        <source>Ticket timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::VerificationConnector</name>
    <message>
        <source>Select the caller&apos;s ticket first: a verification belongs to a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVX %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record released and saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release was recorded, but the PDF could not be saved as %1: %2. Choose another folder and release again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone release lock lifted for patient record #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient record #%1 — linked to this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient record #%1 — open in the patient view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the caller first: nothing can be released without a passed verification on this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient record in the verification first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immunization-record-ticket-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::VerificationController</name>
    <message>
        <source>Phone release is locked for this patient after %1 failed verification attempts today. A supervisor has been alerted and can lift the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket or patient record was not found (it may have been removed or locked): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was already done on this attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for lifting the lock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::VerificationStatusSection</name>
    <message>
        <source>&amp;Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify caller (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Verification expired — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Verified — %1 — expires in %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↗ Referred to a supervisor — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● In progress — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>izdesk::VerificationWizard</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the verification; what was typed is kept for this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is calling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is about &amp;patient record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient record the call is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only what the caller says. The server answers match or no match and never shows what is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a supervisor should handle this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to &amp;supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer this request to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the immunization history to read to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the immunization record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new verification attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunization history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify caller — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another patient record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient record the call is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: first name as the caller says it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last name as the caller says it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: street as the caller says it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as the caller says it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(555) 010-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Locked — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter first and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the caller says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IZ Desk — IIS help desk workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Local sandbox without the sign-in dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sandbox, render the main window to FILE (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
