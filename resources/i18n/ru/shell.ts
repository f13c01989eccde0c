<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>ClientEditorDialog</name>
        <message>
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <source>Client: %1</source>
            <translation>Клиент: %1</translation>
        </message>
        <message>
            <source>&amp;Requisites</source>
            <translation>&amp;Реквизиты</translation>
        </message>
        <message>
            <source>&amp;Bank details</source>
            <translation>&amp;Банковские реквизиты</translation>
        </message>
        <message>
            <source>C&amp;ontacts</source>
            <translation>&amp;Контактные лица</translation>
        </message>
        <message>
            <source>Con&amp;tracts</source>
            <translation>&amp;Договоры</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;История</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Discard what was typed? The client is not saved.</source>
            <translation>Отменить введённое? Клиент не сохранён.</translation>
        </message>
        <message>
            <source>Full legal name:</source>
            <translation>Полное наименование:</translation>
        </message>
        <message>
            <source>Short name:</source>
            <translation>Краткое наименование:</translation>
        </message>
        <message>
            <source>INN:</source>
            <translation>ИНН:</translation>
        </message>
        <message>
            <source>KPP:</source>
            <translation>КПП:</translation>
        </message>
        <message>
            <source>OGRN / OGRNIP:</source>
            <translation>ОГРН / ОГРНИП:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Статус:</translation>
        </message>
        <message>
            <source>Legal address:</source>
            <translation>Юридический адрес:</translation>
        </message>
        <message>
            <source>Postal address:</source>
            <translation>Почтовый адрес:</translation>
        </message>
        <message>
            <source>Phones:</source>
            <translation>Телефоны:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>Эл. почта:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Примечания:</translation>
        </message>
        <message>
            <source>Bank details receive cash-on-delivery remittances. The accounts are checked against the BIK.</source>
            <translation>На банковские реквизиты перечисляются суммы наложенного платежа. Счета проверяются по БИК.</translation>
        </message>
        <message>
            <source>Bank:</source>
            <translation>Банк:</translation>
        </message>
        <message>
            <source>BIK:</source>
            <translation>БИК:</translation>
        </message>
        <message>
            <source>Settlement account:</source>
            <translation>Расчётный счёт:</translation>
        </message>
        <message>
            <source>Correspondent account:</source>
            <translation>Корреспондентский счёт:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Телефоны</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>&amp;Add contact</source>
            <translation>&amp;Добавить контакт</translation>
        </message>
        <message>
            <source>&amp;Remove contact</source>
            <translation>&amp;Удалить контакт</translation>
        </message>
        <message>
            <source>Record a service…</source>
            <translation>Записать услугу…</translation>
        </message>
        <message>
            <source>Make an &amp;offer… (Ctrl+M)</source>
            <translation>Сделать &amp;предложение… (Ctrl+M)</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Заключён</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Действует по</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Особые условия</translation>
        </message>
        <message>
            <source>New &amp;contract</source>
            <translation>Новый &amp;договор</translation>
        </message>
        <message>
            <source>&amp;Edit contract</source>
            <translation>&amp;Изменить договор</translation>
        </message>
        <message>
            <source>The client was not saved: correct the marked fields.</source>
            <translation>Клиент не сохранён: исправьте отмеченные поля.</translation>
        </message>
        <message>
            <source>Client saved.</source>
            <translation>Клиент сохранён.</translation>
        </message>
        <message>
            <source>accepted without the client waiting</source>
            <translation>приём без ожидания клиента</translation>
        </message>
        <message>
            <source>lists electronically</source>
            <translation>списки в электронном виде</translation>
        </message>
        <message>
            <source>lists on a flash drive</source>
            <translation>списки на флеш-накопителе</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>бессрочный</translation>
        </message>
        <message>
            <source>%1 (ends soon)</source>
            <translation>%1 (скоро истекает)</translation>
        </message>
        <message>
            <source>Contracts are edited by a supervisor.</source>
            <translation>Договоры изменяет руководитель.</translation>
        </message>
        <message>
            <source>Save the client first, then add contracts.</source>
            <translation>Сначала сохраните клиента, затем добавьте договоры.</translation>
        </message>
    </context>
    <context>
        <name>ClientStatus</name>
        <message>
            <source>Active</source>
            <translation>Действующий</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Потенциальный</translation>
        </message>
        <message>
            <source>Former</source>
            <translation>Бывший</translation>
        </message>
    </context>
    <context>
        <name>ClientTable</name>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>Contract ends</source>
            <translation>Договор истекает</translation>
        </message>
        <message>
            <source>The contract ends soon: time to renew it</source>
            <translation>Договор скоро истекает: пора его продлить</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <source>Search by name, INN or contract number (Ctrl+F)</source>
            <translation>Поиск по наименованию, ИНН или номеру договора (Ctrl+F)</translation>
        </message>
        <message>
            <source>Only contracts ending soon</source>
            <translation>Только истекающие договоры</translation>
        </message>
        <message>
            <source>&amp;New client</source>
            <translation>&amp;Новый клиент</translation>
        </message>
        <message>
            <source>&amp;Offer… (Ctrl+M)</source>
            <translation>&amp;Предложение… (Ctrl+M)</translation>
        </message>
        <message>
            <source>Make an offer to the selected client</source>
            <translation>Сделать предложение выбранному клиенту</translation>
        </message>
        <message numerus="yes">
            <source>Clients found: %n</source>
            <translation>
                <numerusform>Найден %n клиент</numerusform>
                <numerusform>Найдено %n клиента</numerusform>
                <numerusform>Найдено %n клиентов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s) end within %1 days. Tick "Only contracts ending soon" to see them.</source>
            <translation>
                <numerusform>%n договор истекает в ближайшие %1 дн. Отметьте «Только истекающие договоры», чтобы увидеть его.</numerusform>
                <numerusform>%n договора истекают в ближайшие %1 дн. Отметьте «Только истекающие договоры», чтобы увидеть их.</numerusform>
                <numerusform>%n договоров истекают в ближайшие %1 дн. Отметьте «Только истекающие договоры», чтобы увидеть их.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContractDialog</name>
        <message>
            <source>%1 (the client owes)</source>
            <translation>%1 (долг клиента)</translation>
        </message>
        <message>
            <source>New contract</source>
            <translation>Новый договор</translation>
        </message>
        <message>
            <source>Contract %1</source>
            <translation>Договор %1</translation>
        </message>
        <message>
            <source>Number:</source>
            <translation>Номер:</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>бессрочный</translation>
        </message>
        <message>
            <source>Signed on:</source>
            <translation>Дата заключения:</translation>
        </message>
        <message>
            <source>Valid from:</source>
            <translation>Действует с:</translation>
        </message>
        <message>
            <source>Valid to:</source>
            <translation>Действует по:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Статус:</translation>
        </message>
        <message>
            <source>Services:</source>
            <translation>Услуги:</translation>
        </message>
        <message>
            <source>Accept batch items without the client waiting</source>
            <translation>Приём партионных отправлений без ожидания клиента</translation>
        </message>
        <message>
            <source>Lists handed over electronically</source>
            <translation>Списки передаются в электронном виде</translation>
        </message>
        <message>
            <source>Lists handed over on a flash drive or disk</source>
            <translation>Списки передаются на флеш-накопителе или диске</translation>
        </message>
        <message>
            <source>Special conditions:</source>
            <translation>Особые условия:</translation>
        </message>
        <message>
            <source>Discount:</source>
            <translation>Скидка:</translation>
        </message>
        <message>
            <source> g</source>
            <translation> г</translation>
        </message>
        <message>
            <source>or</source>
            <translation>или</translation>
        </message>
        <message>
            <source>whichever is larger</source>
            <translation>смотря что больше</translation>
        </message>
        <message>
            <source>Weight tolerance:</source>
            <translation>Допуск по весу:</translation>
        </message>
        <message>
            <source>Payment:</source>
            <translation>Оплата:</translation>
        </message>
        <message>
            <source>Credit limit:</source>
            <translation>Кредитный лимит:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>Payment term:</source>
            <translation>Срок оплаты:</translation>
        </message>
        <message>
            <source>no entries yet</source>
            <translation>движений ещё нет</translation>
        </message>
        <message>
            <source>The sum of the contract's ledger: charges, corrections and payments.</source>
            <translation>Сумма всех движений по договору: начисления, исправления и оплаты.</translation>
        </message>
        <message>
            <source>Balance:</source>
            <translation>Сальдо:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Примечания:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>ContractStatus</name>
        <message>
            <source>Draft</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Действует</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Приостановлен</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Расторгнут</translation>
        </message>
    </context>
    <context>
        <name>CrashHandler</name>
        <message>
            <source>postdesk: unexpected error</source>
            <translation>postdesk: непредвиденная ошибка</translation>
        </message>
        <message>
            <source>Something went wrong inside the program. Your saved work is safe.

A report was written to:
%1

Please give it to your administrator.</source>
            <translation>В программе произошла внутренняя ошибка. Сохранённые данные не пострадали.

Отчёт записан в файл:
%1

Передайте его администратору.</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>There is no letter yet: answer the item first.</source>
            <translation>Письма ещё нет: сначала дайте ответ по обращению.</translation>
        </message>
    </context>
    <context>
        <name>GeneralSettings</name>
        <message>
            <source>Workstation</source>
            <translation>Рабочее место</translation>
        </message>
        <message>
            <source>empty: this computer's own database</source>
            <translation>пусто: собственная база данных этого компьютера</translation>
        </message>
        <message>
            <source>Set by the POSTDESK_DATABASE_URL environment variable.</source>
            <translation>Задано переменной окружения POSTDESK_DATABASE_URL.</translation>
        </message>
        <message>
            <source>Only an administrator changes this setting.</source>
            <translation>Эту настройку меняет только администратор.</translation>
        </message>
        <message>
            <source>Language and database changes take effect after a restart.</source>
            <translation>Смена языка и базы данных вступает в силу после перезапуска.</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Сохранить настройки</translation>
        </message>
        <message>
            <source>A postcode has 6 digits.</source>
            <translation>Почтовый индекс состоит из 6 цифр.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Настройки сохранены.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>postdesk: sign in</source>
            <translation>postdesk: вход</translation>
        </message>
        <message>
            <source>Workstation: %1
Database: %2</source>
            <translation>Рабочее место: %1
База данных: %2</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Войти</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <source>Corporate clients counter</source>
            <translation>Окно обслуживания корпоративных клиентов</translation>
        </message>
        <message>
            <source>Enter your login.</source>
            <translation>Введите логин.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>postdesk: corporate clients counter</source>
            <translation>postdesk: окно обслуживания корпоративных клиентов</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Выйти из учётной записи</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Заблокировать</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Учётная запись</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <source>Quit postdesk</source>
            <translation>Выход из postdesk</translation>
        </message>
        <message>
            <source>Quit anyway? What is stored stays stored.</source>
            <translation>Всё равно выйти? Уже сохранённое останется в базе.</translation>
        </message>
    </context>
    <context>
        <name>MessagePresenter</name>
        <message>
            <source>postdesk</source>
            <translation>postdesk</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>Acceptance</source>
            <translation>Приём</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Обращения</translation>
        </message>
        <message>
            <source>Debtors</source>
            <translation>Должники</translation>
        </message>
        <message>
            <source>Prospects</source>
            <translation>Потенциальные клиенты</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Качество</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Справочники</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
    </context>
    <context>
        <name>PaymentTerms</name>
        <message>
            <source>Prepaid</source>
            <translation>Предоплата</translation>
        </message>
        <message>
            <source>Postpaid</source>
            <translation>Постоплата</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for %1</source>
            <translation>Новый пароль для %1</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>Новый пароль:</translation>
        </message>
        <message>
            <source>Repeat it:</source>
            <translation>Повторите его:</translation>
        </message>
        <message>
            <source>The passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>postdesk: locked</source>
            <translation>postdesk: заблокировано</translation>
        </message>
        <message>
            <source>The workstation is locked. %1, enter your password to continue.</source>
            <translation>Рабочее место заблокировано. %1, введите пароль, чтобы продолжить.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Выйти</translation>
        </message>
    </context>
    <context>
        <name>UsersSection</name>
        <message>
            <source>Accounts</source>
            <translation>Учётные записи</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Disable / enable</source>
            <translation>Отключить / включить</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Сбросить пароль…</translation>
        </message>
        <message>
            <source>active</source>
            <translation>действует</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>отключена</translation>
        </message>
        <message>
            <source>The password of %1 was reset.</source>
            <translation>Пароль пользователя %1 сброшен.</translation>
        </message>
    </context>
</TS>
