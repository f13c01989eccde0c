<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>What was agreed</source>
            <translation>О чём договорились</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Результат</translation>
        </message>
        <message>
            <source>&amp;Next action</source>
            <translation>&amp;Следующее действие</translation>
        </message>
        <message>
            <source>Next action on</source>
            <translation>Дата следующего действия</translation>
        </message>
    </context>
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
        <name>NoticeDeliveryDialog</name>
        <message>
            <source>Sending the notices</source>
            <translation>Отправка уведомлений</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n letter(s)…</source>
            <translation>
                <numerusform>Отправка %n письма…</numerusform>
                <numerusform>Отправка %n писем…</numerusform>
                <numerusform>Отправка %n писем…</numerusform>
            </translation>
        </message>
        <message>
            <source>No failures.</source>
            <translation>Ошибок нет.</translation>
        </message>
        <message>
            <source>Stop sending</source>
            <translation>Остановить отправку</translation>
        </message>
        <message>
            <source>&amp;Retry the queue</source>
            <translation>&amp;Повторить отправку очереди</translation>
        </message>
        <message>
            <source>Send again every letter waiting in the mail queue</source>
            <translation>Отправить ещё раз все письма, ожидающие в очереди</translation>
        </message>
        <message>
            <source>Letters for post (Enter opens the letter):</source>
            <translation>Письма для отправки почтой (Enter открывает письмо):</translation>
        </message>
        <message>
            <source>&amp;Letter for post…</source>
            <translation>&amp;Письмо для почты…</translation>
        </message>
        <message>
            <source>Address &amp;label…</source>
            <translation>Адресный &amp;ярлык…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Sending to %1…</source>
            <translation>Отправка: %1…</translation>
        </message>
        <message>
            <source>Stopped after %1 of %2 letters.</source>
            <translation>Остановлено: обработано писем — %1 из %2.</translation>
        </message>
        <message>
            <source>All %1 letters are done.</source>
            <translation>Все письма обработаны: %1.</translation>
        </message>
        <message>
            <source>Sent by e-mail: %1 · queued for a retry: %2 · for post: %3 · failed: %4.</source>
            <translation>Отправлено по e-mail: %1 · ждут в очереди: %2 · на почту: %3 · ошибок: %4.</translation>
        </message>
        <message>
            <source>The mail queue is empty.</source>
            <translation>Очередь писем пуста.</translation>
        </message>
        <message>
            <source>Letters waiting in the mail queue: %1.</source>
            <translation>Писем ожидают в очереди: %1.</translation>
        </message>
        <message>
            <source>Last failure: %1</source>
            <translation>Последняя ошибка: %1</translation>
        </message>
        <message>
            <source>Sent from the queue: %1.</source>
            <translation>Отправлено из очереди: %1.</translation>
        </message>
        <message>
            <source>Still failing: %1</source>
            <translation>По-прежнему не отправляется: %1</translation>
        </message>
        <message>
            <source>Address label: %1</source>
            <translation>Адресный ярлык: %1</translation>
        </message>
    </context>
    <context>
        <name>NoticesDialog</name>
        <message>
            <source>Notices to clients</source>
            <translation>Уведомления клиентам</translation>
        </message>
        <message>
            <source>&amp;Tariff changes</source>
            <translation>Изменение &amp;тарифов</translation>
        </message>
        <message>
            <source>Contracts ending within &amp;30 days</source>
            <translation>Договоры, истекающие в ближайшие &amp;30 дней</translation>
        </message>
        <message>
            <source>&amp;Folder…</source>
            <translation>&amp;Папка…</translation>
        </message>
        <message>
            <source>Send by &amp;e-mail (clients without an e-mail: for post)</source>
            <translation>Отправить по &amp;электронной почте (клиентам без e-mail — на печать)</translation>
        </message>
        <message>
            <source>&amp;From version</source>
            <translation>&amp;С версии</translation>
        </message>
        <message>
            <source>T&amp;o version</source>
            <translation>&amp;На версию</translation>
        </message>
        <message>
            <source>Save the letters to</source>
            <translation>Сохранить письма в</translation>
        </message>
        <message>
            <source>Choose two different tariff versions.</source>
            <translation>Выберите две разные версии тарифов.</translation>
        </message>
        <message>
            <source>%1 letters written to %2.</source>
            <translation>Писем подготовлено: %1, папка %2.</translation>
        </message>
    </context>
    <context>
        <name>OfferDialog</name>
        <message>
            <source>Make an offer</source>
            <translation>Сделать предложение</translation>
        </message>
        <message>
            <source>Offer to %1</source>
            <translation>Предложение для %1</translation>
        </message>
        <message>
            <source>The organisation (no contact person)</source>
            <translation>Организации (без контактного лица)</translation>
        </message>
        <message>
            <source>no e-mail</source>
            <translation>нет e-mail</translation>
        </message>
        <message>
            <source>&amp;Addressee</source>
            <translation>&amp;Адресат</translation>
        </message>
        <message>
            <source>&amp;Discount</source>
            <translation>&amp;Скидка</translation>
        </message>
        <message>
            <source>&amp;Services offered (Space ticks)</source>
            <translation>&amp;Предлагаемые услуги (отметка — пробелом)</translation>
        </message>
        <message>
            <source>Make and &amp;preview</source>
            <translation>Подготовить и &amp;просмотреть</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Tick at least one service to offer.</source>
            <translation>Отметьте хотя бы одну услугу для предложения.</translation>
        </message>
    </context>
    <context>
        <name>OfferFlow</name>
        <message>
            <source>Offer %1 for %2 is ready.</source>
            <translation>Предложение %1 для %2 готово.</translation>
        </message>
        <message>
            <source>Saving per month: %1.</source>
            <translation>Экономия в месяц: %1.</translation>
        </message>
        <message>
            <source>The contact person has no e-mail address: print the offer for post.</source>
            <translation>У контактного лица нет адреса электронной почты: распечатайте предложение для отправки почтой.</translation>
        </message>
        <message>
            <source>The offer was sent to %1.</source>
            <translation>Предложение отправлено на адрес %1.</translation>
        </message>
        <message>
            <source>Address label for %1</source>
            <translation>Адресный ярлык для %1</translation>
        </message>
    </context>
    <context>
        <name>OfferPreviewDialog</name>
        <message>
            <source>Offer %1</source>
            <translation>Предложение %1</translation>
        </message>
        <message>
            <source>Saved in the history as %1.</source>
            <translation>Сохранено в истории под номером %1.</translation>
        </message>
        <message>
            <source>Send by &amp;e-mail (Ctrl+E)</source>
            <translation>Отправить по &amp;e-mail (Ctrl+E)</translation>
        </message>
        <message>
            <source>The addressee has no e-mail address.</source>
            <translation>У адресата нет адреса электронной почты.</translation>
        </message>
        <message>
            <source>Address &amp;label… (Ctrl+L)</source>
            <translation>Адресный &amp;ярлык… (Ctrl+L)</translation>
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
            <source>The letter template «%1» cannot be edited here.</source>
            <translation>Шаблон письма «%1» здесь не редактируется.</translation>
        </message>
        <message>
            <source>The template has an error in line %1; it was not saved.</source>
            <translation>В шаблоне ошибка в строке %1; шаблон не сохранён.</translation>
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
        <message>
            <source>There is no tariff version «%1».</source>
            <translation>Версии тарифов «%1» нет.</translation>
        </message>
        <message>
            <source>The client no longer exists.</source>
            <translation>Клиент больше не существует.</translation>
        </message>
    </context>
    <context>
        <name>ProspectDialog</name>
        <message>
            <source>Prospect</source>
            <translation>Потенциальный клиент</translation>
        </message>
        <message>
            <source>Decides on the contract</source>
            <translation>Принимает решение о договоре</translation>
        </message>
        <message>
            <source>rubles per item, e.g. 75,50</source>
            <translation>рублей за отправление, например 75,50</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Организация</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>KPP</source>
            <translation>КПП</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>&amp;Contact person</source>
            <translation>&amp;Контактное лицо</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Электронная почта</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Service needed</source>
            <translation>Нужная услуга</translation>
        </message>
        <message>
            <source>Current provider</source>
            <translation>Текущий поставщик</translation>
        </message>
        <message>
            <source>Their price</source>
            <translation>Их цена</translation>
        </message>
        <message>
            <source>Items per month</source>
            <translation>Отправлений в месяц</translation>
        </message>
        <message>
            <source>Discount we propose</source>
            <translation>Предлагаемая скидка</translation>
        </message>
        <message>
            <source>&amp;Next action</source>
            <translation>&amp;Следующее действие</translation>
        </message>
        <message>
            <source>Next action on</source>
            <translation>Дата следующего действия</translation>
        </message>
    </context>
    <context>
        <name>ProspectTable</name>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>Следующее действие</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Конкурент</translation>
        </message>
        <message>
            <source>Their price, ₽</source>
            <translation>Их цена, ₽</translation>
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
        <name>ProspectsPage</name>
        <message>
            <source>Search by name, INN, sector or contact (Ctrl+F)</source>
            <translation>Поиск по названию, ИНН, отрасли или контактному лицу (Ctrl+F)</translation>
        </message>
        <message>
            <source>All open stages</source>
            <translation>Все открытые этапы</translation>
        </message>
        <message>
            <source>&amp;Mine only</source>
            <translation>Только &amp;мои</translation>
        </message>
        <message>
            <source>&amp;Due today or overdue</source>
            <translation>На &amp;сегодня и просроченные</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Новый…</translation>
        </message>
        <message>
            <source>Activity… (F4)</source>
            <translation>Действие… (F4)</translation>
        </message>
        <message>
            <source>Stage… (F6)</source>
            <translation>Этап… (F6)</translation>
        </message>
        <message>
            <source>&amp;Offer…</source>
            <translation>&amp;Предложение…</translation>
        </message>
        <message>
            <source>Make an offer letter and open it in the print preview (Ctrl+M)</source>
            <translation>Подготовить письмо с предложением и открыть его в предпросмотре печати (Ctrl+M)</translation>
        </message>
        <message>
            <source>Send by &amp;e-mail</source>
            <translation>Отправить по &amp;почте</translation>
        </message>
        <message>
            <source>Address &amp;label…</source>
            <translation>&amp;Адресный ярлык…</translation>
        </message>
        <message>
            <source>Make a &amp;client…</source>
            <translation>Сделать &amp;клиентом…</translation>
        </message>
        <message>
            <source>Notices to &amp;clients…</source>
            <translation>Уведомления &amp;клиентам…</translation>
        </message>
        <message>
            <source>Letter &amp;texts…</source>
            <translation>&amp;Тексты писем…</translation>
        </message>
        <message>
            <source>due today or overdue: %1</source>
            <translation>на сегодня и просрочено: %1</translation>
        </message>
        <message>
            <source>No activities yet.</source>
            <translation>Действий пока не было.</translation>
        </message>
        <message>
            <source>Prospects</source>
            <translation>Потенциальные клиенты</translation>
        </message>
        <message>
            <source>uses %1</source>
            <translation>работает с %1</translation>
        </message>
        <message>
            <source>The competitor's price must be an amount in rubles, e.g. 75,50.</source>
            <translation>Цена конкурента — сумма в рублях, например 75,50.</translation>
        </message>
        <message>
            <source>Make «%1» a client with a draft contract? The prospect is then closed as won.</source>
            <translation>Сделать «%1» клиентом с проектом договора? Потенциальный клиент будет закрыт как привлечённый.</translation>
        </message>
        <message>
            <source>The client is created with the draft contract %1.</source>
            <translation>Клиент создан с проектом договора %1.</translation>
        </message>
    </context>
    <context>
        <name>StageDialog</name>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>— choose the reason —</source>
            <translation>— выберите причину —</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Этап</translation>
        </message>
        <message>
            <source>&amp;Reason (when lost)</source>
            <translation>&amp;Причина (если упущен)</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>Letter texts</source>
            <translation>Тексты писем</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <source>Tariff change notice</source>
            <translation>Уведомление об изменении тарифов</translation>
        </message>
        <message>
            <source>Contract expiry reminder</source>
            <translation>Напоминание об окончании договора</translation>
        </message>
        <message>
            <source>Paragraphs are separated by a blank line; {{ name }} inserts a value (the values of each letter: resources/letters/README.md).</source>
            <translation>Абзацы разделяются пустой строкой; {{ name }} подставляет значение (значения каждого письма — в resources/letters/README.md).</translation>
        </message>
        <message>
            <source>&amp;Shipped text…</source>
            <translation>&amp;Исходный текст…</translation>
        </message>
        <message>
            <source>The letter text is saved.</source>
            <translation>Текст письма сохранён.</translation>
        </message>
        <message>
            <source>Go back to the shipped text of this letter?</source>
            <translation>Вернуть исходный текст этого письма?</translation>
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
