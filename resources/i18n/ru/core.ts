<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>ClientValidation</name>
        <message>
            <source>Enter the full legal name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the short name used at the counter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An organisation (10-digit INN) has a 13-digit OGRN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An individual entrepreneur (12-digit INN) has a 15-digit OGRNIP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An organisation needs a KPP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The e-mail address looks wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A contact person needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the contract number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contract cannot end before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contract cannot start before it is signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A discount is between 0 and 100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A credit limit cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown services: %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Clients</name>
        <message>
            <source>The client was not saved: correct the marked fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contract was not saved: correct the marked fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client already has a contract with this number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contract no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client no longer exists; refresh the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A client with this INN and KPP already exists: %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Your role does not allow this action. Ask a supervisor.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Requisites</name>
        <message>
            <source>Enter the INN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An INN has 10 digits (organisation) or 12 digits (individual entrepreneur).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The INN check digits do not match: check the number against the client's documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An OGRN has 13 digits, an OGRNIP 15 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The OGRN check digit does not match: check the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A KPP has 9 characters: 4 digits, 2 digits or capital letters, 3 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A BIK has 9 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Russian bank's BIK starts with 04.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A settlement account has 20 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a valid BIK first: the account is checked against it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settlement account does not match the BIK (control key): check both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A correspondent account has 20 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A correspondent account starts with 30101.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The correspondent account does not match the BIK (control key): check both.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Interface language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared database address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workstation name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post office postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show error dialogs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warn about contracts ending within, days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>Wrong login or password, or the account is disabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A login has 2 to 64 Latin letters, digits, dots, dashes or underscores.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the person's full name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A password has at least 8 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account was not created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This login is already taken.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
