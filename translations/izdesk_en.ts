<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Offline — showing the queue saved on this computer; changes are disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the queue saved on this computer at %1; changes are disabled</source>
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
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J / K or ↓ / ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E, Enter or F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
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
        <source>You are offline: the ticket was not created. Try again when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline: the change was not saved. Try again when the server can be reached.</source>
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
        <source>S&amp;tatus:</source>
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
