<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Mail</name>
        <message>
            <source>The e-mail address %1 is not valid.</source>
            <translation>Адрес электронной почты %1 указан неверно.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the login. Check the login and password in Settings.</source>
            <translation>Почтовый сервер %1 отклонил вход. Проверьте логин и пароль в Настройках.</translation>
        </message>
        <message>
            <source>The mail server refused the address %1. Check the client's e-mail address.</source>
            <translation>Почтовый сервер не принял адрес %1. Проверьте адрес электронной почты клиента.</translation>
        </message>
        <message>
            <source>The secure connection to the mail server %1 failed. Check the encryption setting.</source>
            <translation>Не удалось установить защищённое соединение с почтовым сервером %1. Проверьте настройку шифрования.</translation>
        </message>
        <message>
            <source>The mail server %1 did not take the letter: %2. The letter stays queued.</source>
            <translation>Почтовый сервер %1 не принял письмо: %2. Письмо осталось в очереди.</translation>
        </message>
        <message>
            <source>The mail server %1 does not answer. The letter stays queued; send it again later.</source>
            <translation>Почтовый сервер %1 не отвечает. Письмо осталось в очереди; отправьте его позже.</translation>
        </message>
        <message>
            <source>E-mail is not set up: enter the mail server and the sender address in Settings.</source>
            <translation>Электронная почта не настроена: укажите почтовый сервер и адрес отправителя в Настройках.</translation>
        </message>
    </context>
    <context>
        <name>Outreach</name>
        <message>
            <source>Cannot write the file %1: choose a file in an existing folder.</source>
            <translation>Не удаётся записать файл %1: выберите файл в существующей папке.</translation>
        </message>
        <message>
            <source>%1 is not a folder.</source>
            <translation>%1 — не папка.</translation>
        </message>
        <message>
            <source>Choose two different tariff versions to compare.</source>
            <translation>Выберите две разные версии тарифов для сравнения.</translation>
        </message>
        <message>
            <source>The letter no longer exists.</source>
            <translation>Письмо больше не существует.</translation>
        </message>
        <message>
            <source>Good afternoon!</source>
            <translation>Добрый день!</translation>
        </message>
        <message>
            <source>Please find our letter No %1 attached.</source>
            <translation>Направляем вам наше письмо № %1 во вложении.</translation>
        </message>
    </context>
    <context>
        <name>Prospects</name>
        <message>
            <source>The date must be YYYY-MM-DD: %1</source>
            <translation>Дата записывается как ГГГГ-ММ-ДД: %1</translation>
        </message>
        <message>
            <source>A prospect's number is a whole number: %1</source>
            <translation>Номер потенциального клиента — целое число: %1</translation>
        </message>
        <message>
            <source>The volume per month is a whole number: %1</source>
            <translation>Объём в месяц — целое число: %1</translation>
        </message>
        <message>
            <source>Unknown value «%1»; use one of: %2.</source>
            <translation>Неизвестное значение «%1»; допустимые: %2.</translation>
        </message>
        <message>
            <source>The price must be an amount in rubles, e.g. 75.50: %1</source>
            <translation>Цена — сумма в рублях, например 75.50: %1</translation>
        </message>
        <message>
            <source>A discount is between 0 and 100 %.</source>
            <translation>Скидка — от 0 до 100 %.</translation>
        </message>
        <message>
            <source>Decides on contracts</source>
            <translation>Принимает решение о договоре</translation>
        </message>
        <message>
            <source>This prospect is already a client.</source>
            <translation>Этот потенциальный клиент уже стал клиентом.</translation>
        </message>
        <message>
            <source>Enter the prospect's INN before making it a client.</source>
            <translation>Прежде чем сделать потенциального клиента клиентом, укажите его ИНН.</translation>
        </message>
        <message>
            <source>The prospect cannot become a client yet: correct its requisites.</source>
            <translation>Потенциальный клиент пока не может стать клиентом: исправьте его реквизиты.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Новый</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Первый контакт</translation>
        </message>
        <message>
            <source>Offer sent</source>
            <translation>Предложение отправлено</translation>
        </message>
        <message>
            <source>Negotiating</source>
            <translation>Переговоры</translation>
        </message>
        <message>
            <source>Contract signed</source>
            <translation>Договор заключён</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Упущен</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Пришёл сам</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>По рекомендации</translation>
        </message>
        <message>
            <source>Refusal at the counter</source>
            <translation>Отказ у окна приёма</translation>
        </message>
        <message>
            <source>List of organisations</source>
            <translation>Список организаций</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Письмо</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Электронное письмо</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>A contact person needs a name.</source>
            <translation>Укажите ФИО контактного лица.</translation>
        </message>
        <message>
            <source>The e-mail address looks wrong.</source>
            <translation>Адрес электронной почты записан неверно.</translation>
        </message>
        <message>
            <source>Enter the organisation's name.</source>
            <translation>Укажите название организации.</translation>
        </message>
        <message>
            <source>A price cannot be negative.</source>
            <translation>Цена не может быть отрицательной.</translation>
        </message>
        <message>
            <source>A competitor's price needs the competitor's name.</source>
            <translation>Для цены конкурента укажите название конкурента.</translation>
        </message>
        <message>
            <source>The volume per month cannot be negative.</source>
            <translation>Объём в месяц не может быть отрицательным.</translation>
        </message>
        <message>
            <source>The prospect no longer exists; refresh the list.</source>
            <translation>Потенциальный клиент больше не существует; обновите список.</translation>
        </message>
        <message>
            <source>The prospect was not saved: correct the marked fields.</source>
            <translation>Потенциальный клиент не сохранён: исправьте отмеченные поля.</translation>
        </message>
        <message>
            <source>The contract with this prospect is signed; its stage no longer changes.</source>
            <translation>Договор с этим потенциальным клиентом заключён; этап больше не меняется.</translation>
        </message>
        <message>
            <source>Choose the reason the prospect was lost.</source>
            <translation>Выберите причину, по которой потенциальный клиент упущен.</translation>
        </message>
        <message>
            <source>There is no reason «%1» in the catalogue.</source>
            <translation>В справочнике нет причины «%1».</translation>
        </message>
        <message>
            <source>A reason is given only when a prospect is lost.</source>
            <translation>Причина указывается, только когда потенциальный клиент упущен.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Offer %1: %2</source>
            <translation>Предложение %1: %2</translation>
        </message>
        <message>
            <source>Tariff change notice %1</source>
            <translation>Уведомление об изменении тарифов %1</translation>
        </message>
        <message>
            <source>Contract expiry reminder %1</source>
            <translation>Напоминание об окончании договора %1</translation>
        </message>
    </context>
</TS>
