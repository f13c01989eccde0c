<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>ClientEditorDialog</name>
        <message>
            <source>New client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Requisites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bank details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ontacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Con&amp;tracts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full legal name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>INN:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPP:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OGRN / OGRNIP:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postal address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank details receive cash-on-delivery remittances. The accounts are checked against the BIK.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BIK:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settlement account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correspondent account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client was not saved: correct the marked fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accepted without the client waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lists electronically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lists on a flash drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open-ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (ends soon)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contracts are edited by a supervisor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the client first, then add contracts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientStatus</name>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prospect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Former</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientTable</name>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>INN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contract ends within 30 days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <source>Search by name, INN or contract number (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only contracts ending soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New client</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Clients found: %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s) end within 30 days. Tick “Only contracts ending soon” to see them.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ContractDialog</name>
        <message>
            <source>New contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open-ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Services:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept batch items without the client waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists handed over electronically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists handed over on a flash drive or disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special conditions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Balance:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContractStatus</name>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terminated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashHandler</name>
        <message>
            <source>postdesk: unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong inside the program. Your saved work is safe.

A report was written to:
%1

Please give it to your administrator.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GeneralSettings</name>
        <message>
            <source>Workstation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty: this computer's own database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set by the POSTDESK_DATABASE_URL environment variable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language and database changes take effect after a restart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A postcode has 6 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>postdesk: sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workstation: %1
Database: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corporate clients counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your login.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>postdesk: corporate clients counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessagePresenter</name>
        <message>
            <source>postdesk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acceptance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prospects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaymentTerms</name>
        <message>
            <source>Prepaid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postpaid</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>Batch acceptance: importing lists, weighing, pricing and printing will appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registering complaints and tracking their working-day deadlines will appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database of potential clients and planned offers will appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client histories, volumes, revenue and refusals will appear here.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
