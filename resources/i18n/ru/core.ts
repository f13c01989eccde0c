<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AuditCli</name>
        <message>
            <source>Audit log intact: {n} entries, newest hash {hash}.</source>
            <translation>Журнал аудита цел: записей — {n}, хеш последней записи {hash}.</translation>
        </message>
        <message>
            <source>Audit log broken at entry {id} ({at}, {action}): the entry was changed.</source>
            <translation>Журнал аудита нарушен на записи № {id} ({at}, {action}): запись изменена.</translation>
        </message>
        <message>
            <source>Audit log broken at entry {id} ({at}, {action}): an entry before it was removed or inserted.</source>
            <translation>Журнал аудита нарушен на записи № {id} ({at}, {action}): перед ней удалена или вставлена запись.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>There is no database to back up yet.</source>
            <translation>Базы данных для резервного копирования ещё нет.</translation>
        </message>
        <message>
            <source>Replace the database {db} with {file}? Its current content is kept in {aside}. [y/N] </source>
            <translation>Заменить базу данных {db} копией {file}? Текущее содержимое будет сохранено в {aside}. [y/N] </translation>
        </message>
        <message>
            <source>A shared PostgreSQL database is restored on its server with pg_restore.</source>
            <translation>Общая база данных PostgreSQL восстанавливается на её сервере командой pg_restore.</translation>
        </message>
        <message>
            <source>The file is not a postdesk database backup.</source>
            <translation>Файл не является резервной копией базы данных postdesk.</translation>
        </message>
        <message>
            <source>The backup was made by a newer version of postdesk (schema {rev}): update the program first.</source>
            <translation>Резервная копия сделана более новой версией postdesk (схема {rev}): сначала обновите программу.</translation>
        </message>
        <message>
            <source>Restore cancelled: nothing was changed.</source>
            <translation>Восстановление отменено: ничего не изменено.</translation>
        </message>
        <message>
            <source>The backup file does not exist.</source>
            <translation>Файл резервной копии не найден.</translation>
        </message>
        <message>
            <source>pg_dump is not installed on this computer: install the PostgreSQL client tools or back up the database on its server.</source>
            <translation>На этом компьютере не установлен pg_dump: установите клиентские программы PostgreSQL или сделайте резервную копию на сервере базы данных.</translation>
        </message>
        <message>
            <source>pg_dump failed: {reason}</source>
            <translation>pg_dump завершился с ошибкой: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>New password: </source>
            <translation>Новый пароль: </translation>
        </message>
        <message>
            <source>Repeat the new password: </source>
            <translation>Повторите новый пароль: </translation>
        </message>
        <message>
            <source>The passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <source>On a shared database this command needs a signed-in account: add --user LOGIN.</source>
            <translation>В общей базе данных эта команда выполняется только под учётной записью: добавьте --user ЛОГИН.</translation>
        </message>
    </context>
    <context>
        <name>ClientValidation</name>
        <message>
            <source>Enter the full legal name.</source>
            <translation>Укажите полное наименование.</translation>
        </message>
        <message>
            <source>Enter the short name used at the counter.</source>
            <translation>Укажите краткое наименование, используемое при приёме.</translation>
        </message>
        <message>
            <source>An organisation (10-digit INN) has a 13-digit OGRN.</source>
            <translation>У организации (ИНН из 10 цифр) ОГРН состоит из 13 цифр.</translation>
        </message>
        <message>
            <source>An individual entrepreneur (12-digit INN) has a 15-digit OGRNIP.</source>
            <translation>У индивидуального предпринимателя (ИНН из 12 цифр) ОГРНИП состоит из 15 цифр.</translation>
        </message>
        <message>
            <source>An organisation needs a KPP.</source>
            <translation>Для организации укажите КПП.</translation>
        </message>
        <message>
            <source>The e-mail address looks wrong.</source>
            <translation>Адрес электронной почты указан неверно.</translation>
        </message>
        <message>
            <source>A contact person needs a name.</source>
            <translation>Укажите ФИО контактного лица.</translation>
        </message>
        <message>
            <source>Enter the contract number.</source>
            <translation>Укажите номер договора.</translation>
        </message>
        <message>
            <source>The contract cannot end before it starts.</source>
            <translation>Договор не может закончиться раньше, чем начнёт действовать.</translation>
        </message>
        <message>
            <source>The contract cannot start before it is signed.</source>
            <translation>Договор не может начать действовать раньше даты заключения.</translation>
        </message>
        <message>
            <source>A discount is between 0 and 100 %.</source>
            <translation>Скидка должна быть от 0 до 100 %.</translation>
        </message>
        <message>
            <source>A weight tolerance is 0 to 50 % and 0 to 5000 g.</source>
            <translation>Допуск по весу — от 0 до 50 % и от 0 до 5000 г.</translation>
        </message>
        <message>
            <source>A credit limit cannot be negative.</source>
            <translation>Кредитный лимит не может быть отрицательным.</translation>
        </message>
        <message>
            <source>The payment term is from 0 to 365 days.</source>
            <translation>Срок оплаты — от 0 до 365 дней.</translation>
        </message>
        <message>
            <source>Unknown services: %1.</source>
            <translation>Неизвестные услуги: %1.</translation>
        </message>
    </context>
    <context>
        <name>Clients</name>
        <message>
            <source>The client was not saved: correct the marked fields.</source>
            <translation>Клиент не сохранён: исправьте отмеченные поля.</translation>
        </message>
        <message>
            <source>The contract was not saved: correct the marked fields.</source>
            <translation>Договор не сохранён: исправьте отмеченные поля.</translation>
        </message>
        <message>
            <source>This client already has a contract with this number.</source>
            <translation>У этого клиента уже есть договор с таким номером.</translation>
        </message>
        <message>
            <source>The contract no longer exists.</source>
            <translation>Договор больше не существует.</translation>
        </message>
        <message>
            <source>The client no longer exists; refresh the list.</source>
            <translation>Клиент больше не существует; обновите список.</translation>
        </message>
        <message>
            <source>A client with this INN and KPP already exists: %1.</source>
            <translation>Клиент с такими ИНН и КПП уже есть: %1.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database is busy with another workstation: try again in %1 s.</source>
            <translation>База данных занята другим рабочим местом: повторите через %1 с.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost; nothing of this operation was saved. The program reconnects by itself: try again.</source>
            <translation>Соединение с сервером базы данных потеряно; ничего из этой операции не сохранено. Программа подключится заново сама: повторите.</translation>
        </message>
        <message>
            <source>The database was set up by a newer version of postdesk (schema %1); this program knows schemas up to %2. Install the newer version of postdesk on this workstation and start it again.</source>
            <translation>База данных создана более новой версией postdesk (схема %1), а эта программа знает схемы только до %2. Установите на это рабочее место новую версию postdesk и запустите её снова.</translation>
        </message>
    </context>
    <context>
        <name>MailCategory</name>
        <message>
            <source>Simple</source>
            <translation>Простое</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Заказное</translation>
        </message>
        <message>
            <source>Ordinary</source>
            <translation>Обыкновенное</translation>
        </message>
        <message>
            <source>With declared value</source>
            <translation>С объявленной ценностью</translation>
        </message>
        <message>
            <source>With declared value and cash on delivery</source>
            <translation>С объявленной ценностью и наложенным платежом</translation>
        </message>
        <message>
            <source>With compulsory payment</source>
            <translation>С обязательным платежом</translation>
        </message>
    </context>
    <context>
        <name>MailRank</name>
        <message>
            <source>No rank</source>
            <translation>Без разряда</translation>
        </message>
        <message>
            <source>Judicial</source>
            <translation>Судебное</translation>
        </message>
        <message>
            <source>Governmental</source>
            <translation>Правительственное</translation>
        </message>
        <message>
            <source>Military</source>
            <translation>Воинское</translation>
        </message>
        <message>
            <source>Official</source>
            <translation>Служебное</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Кредитное</translation>
        </message>
    </context>
    <context>
        <name>MailType</name>
        <message>
            <source>Postcard</source>
            <translation>Почтовая карточка</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Письмо</translation>
        </message>
        <message>
            <source>Bandrol</source>
            <translation>Бандероль</translation>
        </message>
        <message>
            <source>First-class letter</source>
            <translation>Письмо 1-го класса</translation>
        </message>
        <message>
            <source>First-class bandrol</source>
            <translation>Бандероль 1-го класса</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Посылка</translation>
        </message>
        <message>
            <source>First-class parcel</source>
            <translation>Посылка 1-го класса</translation>
        </message>
        <message>
            <source>Online parcel</source>
            <translation>Посылка онлайн</translation>
        </message>
        <message>
            <source>EMS</source>
            <translation>EMS</translation>
        </message>
        <message>
            <source>Small packet</source>
            <translation>Мелкий пакет</translation>
        </message>
    </context>
    <context>
        <name>NoticeKind</name>
        <message>
            <source>No notice</source>
            <translation>Без уведомления</translation>
        </message>
        <message>
            <source>Simple notice</source>
            <translation>Простое уведомление</translation>
        </message>
        <message>
            <source>Registered notice</source>
            <translation>Заказное уведомление</translation>
        </message>
        <message>
            <source>Electronic notice</source>
            <translation>Электронное уведомление</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Your role does not allow this action. Ask a supervisor.</source>
            <translation>Ваша роль не позволяет выполнить это действие. Обратитесь к руководителю.</translation>
        </message>
    </context>
    <context>
        <name>Requisites</name>
        <message>
            <source>Enter the INN.</source>
            <translation>Укажите ИНН.</translation>
        </message>
        <message>
            <source>An INN has 10 digits (organisation) or 12 digits (individual entrepreneur).</source>
            <translation>ИНН состоит из 10 цифр (организация) или 12 цифр (индивидуальный предприниматель).</translation>
        </message>
        <message>
            <source>The INN check digits do not match: check the number against the client's documents.</source>
            <translation>Не сходятся контрольные цифры ИНН: сверьте номер с документами клиента.</translation>
        </message>
        <message>
            <source>An OGRN has 13 digits, an OGRNIP 15 digits.</source>
            <translation>ОГРН состоит из 13 цифр, ОГРНИП — из 15.</translation>
        </message>
        <message>
            <source>The OGRN check digit does not match: check the number.</source>
            <translation>Не сходится контрольная цифра ОГРН: проверьте номер.</translation>
        </message>
        <message>
            <source>A KPP has 9 characters: 4 digits, 2 digits or capital letters, 3 digits.</source>
            <translation>КПП состоит из 9 знаков: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры.</translation>
        </message>
        <message>
            <source>A BIK has 9 digits.</source>
            <translation>БИК состоит из 9 цифр.</translation>
        </message>
        <message>
            <source>A Russian bank's BIK starts with 04.</source>
            <translation>БИК российского банка начинается с 04.</translation>
        </message>
        <message>
            <source>A settlement account has 20 digits.</source>
            <translation>Расчётный счёт состоит из 20 цифр.</translation>
        </message>
        <message>
            <source>Enter a valid BIK first: the account is checked against it.</source>
            <translation>Сначала укажите верный БИК: счёт проверяется по нему.</translation>
        </message>
        <message>
            <source>The settlement account does not match the BIK (control key): check both.</source>
            <translation>Расчётный счёт не соответствует БИК (не сходится контрольный ключ): проверьте оба номера.</translation>
        </message>
        <message>
            <source>A correspondent account has 20 digits.</source>
            <translation>Корреспондентский счёт состоит из 20 цифр.</translation>
        </message>
        <message>
            <source>A correspondent account starts with 30101.</source>
            <translation>Корреспондентский счёт начинается с 30101.</translation>
        </message>
        <message>
            <source>The correspondent account does not match the BIK (control key): check both.</source>
            <translation>Корреспондентский счёт не соответствует БИК (не сходится контрольный ключ): проверьте оба номера.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Operator</source>
            <translation>Оператор</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Администратор</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Slow down sign-in after this many failed attempts</source>
            <translation>Замедлять вход после стольких неудачных попыток</translation>
        </message>
        <message>
            <source>Wait between attempts once slowed down, s (doubles each time)</source>
            <translation>Пауза между попытками при замедлении, с (каждый раз удваивается)</translation>
        </message>
        <message>
            <source>Lock an account after this many failed attempts</source>
            <translation>Блокировать учётную запись после стольких неудачных попыток</translation>
        </message>
        <message>
            <source>Lock sign-in at a workstation after this many failed attempts</source>
            <translation>Блокировать вход на рабочем месте после стольких неудачных попыток</translation>
        </message>
        <message>
            <source>Lock lasts, minutes</source>
            <translation>Длительность блокировки, мин</translation>
        </message>
        <message>
            <source>Lock the window after this many idle minutes (0: never)</source>
            <translation>Блокировать окно после стольких минут бездействия (0 — никогда)</translation>
        </message>
        <message>
            <source>Shortest password allowed</source>
            <translation>Минимальная длина пароля</translation>
        </message>
        <message>
            <source>Back up the embedded database daily at the first start</source>
            <translation>Ежедневно при первом запуске делать резервную копию встроенной базы данных</translation>
        </message>
        <message>
            <source>Automatic backups kept</source>
            <translation>Сколько автоматических резервных копий хранить</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Язык интерфейса</translation>
        </message>
        <message>
            <source>Shared database address</source>
            <translation>Адрес общей базы данных</translation>
        </message>
        <message>
            <source>Workstation name</source>
            <translation>Имя рабочего места</translation>
        </message>
        <message>
            <source>Post office postcode</source>
            <translation>Индекс отделения связи</translation>
        </message>
        <message>
            <source>Show error dialogs</source>
            <translation>Показывать окна с ошибками</translation>
        </message>
        <message>
            <source>Warn about contracts ending within, days</source>
            <translation>Предупреждать об окончании договора за, дней</translation>
        </message>
        <message>
            <source>Send a debt reminder to a client at most once in, days</source>
            <translation>Напоминать клиенту о долге не чаще раза в, дней</translation>
        </message>
        <message>
            <source>Days given in a debt reminder to pay</source>
            <translation>Срок оплаты в напоминании о долге, дней</translation>
        </message>
        <message>
            <source>Post office name on letters</source>
            <translation>Название отделения на письмах</translation>
        </message>
        <message>
            <source>Post office address on letters</source>
            <translation>Адрес отделения на письмах</translation>
        </message>
        <message>
            <source>Phone and e-mail on letters</source>
            <translation>Телефон и e-mail на письмах</translation>
        </message>
        <message>
            <source>Letters signed by (position and name)</source>
            <translation>Подпись писем (должность и ФИО)</translation>
        </message>
        <message>
            <source>Higher organisation for appeals: name</source>
            <translation>Вышестоящая организация для обжалования: название</translation>
        </message>
        <message>
            <source>Higher organisation for appeals: address</source>
            <translation>Вышестоящая организация для обжалования: адрес</translation>
        </message>
        <message>
            <source>Claims under the postal rules: days</source>
            <translation>Срок рассмотрения претензий, дней</translation>
        </message>
        <message>
            <source>Claims for items within one settlement: days</source>
            <translation>Срок претензий по отправлениям в пределах населённого пункта, дней</translation>
        </message>
        <message>
            <source>Largest attached file, MB</source>
            <translation>Наибольший размер вложения, МБ</translation>
        </message>
        <message>
            <source>Mail server (SMTP)</source>
            <translation>Почтовый сервер (SMTP)</translation>
        </message>
        <message>
            <source>Mail server port</source>
            <translation>Порт почтового сервера</translation>
        </message>
        <message>
            <source>Mail server encryption</source>
            <translation>Шифрование почтового сервера</translation>
        </message>
        <message>
            <source>Mail server login</source>
            <translation>Логин почтового сервера</translation>
        </message>
        <message>
            <source>Mail server password</source>
            <translation>Пароль почтового сервера</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>Адрес отправителя</translation>
        </message>
        <message>
            <source>Mail server timeout, s</source>
            <translation>Тайм-аут почтового сервера, с</translation>
        </message>
        <message>
            <source>Certificate of the mail server's own authority (empty: system)</source>
            <translation>Сертификат удостоверяющего центра почтового сервера (пусто: системные)</translation>
        </message>
        <message>
            <source>Logo on letters (PNG or JPEG file)</source>
            <translation>Логотип на письмах (файл PNG или JPEG)</translation>
        </message>
        <message>
            <source>Requisites on letters (INN, KPP, OGRN, bank)</source>
            <translation>Реквизиты на письмах (ИНН, КПП, ОГРН, банк)</translation>
        </message>
        <message>
            <source>Warn when an identifier range has fewer numbers left than</source>
            <translation>Предупреждать, когда в диапазоне идентификаторов осталось номеров меньше, чем</translation>
        </message>
        <message>
            <source>Offer the client's questionnaire after an acceptance</source>
            <translation>Предлагать клиенту анкету после приёма партии</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>A password has at least 8 characters.</source>
            <translation>Пароль должен содержать не менее 8 символов.</translation>
        </message>
        <message>
            <source>A password has at least {n} characters.</source>
            <translation>Пароль должен содержать не менее {n} символов.</translation>
        </message>
        <message>
            <source>A password has both letters and digits.</source>
            <translation>Пароль должен содержать и буквы, и цифры.</translation>
        </message>
        <message>
            <source>A password must not contain the login.</source>
            <translation>Пароль не должен содержать логин.</translation>
        </message>
        <message>
            <source>A password needs at least 4 different characters.</source>
            <translation>Пароль должен состоять не менее чем из 4 разных символов.</translation>
        </message>
        <message>
            <source>Too many failed sign-in attempts: sign-in is locked for {n} min.</source>
            <translation>Слишком много неудачных попыток входа: вход заблокирован на {n} мин.</translation>
        </message>
        <message>
            <source>Too many failed sign-in attempts: wait {n} s and try again.</source>
            <translation>Слишком много неудачных попыток входа: подождите {n} с и повторите.</translation>
        </message>
        <message>
            <source>Wrong login or password, or the account is disabled.</source>
            <translation>Неверный логин или пароль, либо учётная запись отключена.</translation>
        </message>
        <message>
            <source>The password was not accepted.</source>
            <translation>Пароль не принят.</translation>
        </message>
        <message>
            <source>A login has 2 to 64 Latin letters, digits, dots, dashes or underscores.</source>
            <translation>Логин — от 2 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний.</translation>
        </message>
        <message>
            <source>Enter the person's full name.</source>
            <translation>Укажите ФИО сотрудника.</translation>
        </message>
        <message>
            <source>The account was not created.</source>
            <translation>Учётная запись не создана.</translation>
        </message>
        <message>
            <source>This login is already taken.</source>
            <translation>Этот логин уже занят.</translation>
        </message>
        <message>
            <source>There is no account with this login.</source>
            <translation>Учётной записи с таким логином нет.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>Нельзя отключить собственную учётную запись.</translation>
        </message>
        <message>
            <source>The last active administrator cannot be disabled.</source>
            <translation>Нельзя отключить последнего действующего администратора.</translation>
        </message>
    </context>
</TS>
