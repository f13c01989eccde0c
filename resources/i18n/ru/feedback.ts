<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AnalysisDialog</name>
        <message>
            <source>Feedback analysis</source>
            <translation>Анализ обращений</translation>
        </message>
        <message>
            <source>Export to &amp;xlsx…</source>
            <translation>Экспорт в &amp;xlsx…</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Answered on time</source>
            <translation>Ответ в срок</translation>
        </message>
        <message>
            <source>Median working days to answer</source>
            <translation>Медиана рабочих дней до ответа</translation>
        </message>
        <message>
            <source>Complaints per 1,000 accepted items</source>
            <translation>Жалоб на 1000 принятых отправлений</translation>
        </message>
        <message>
            <source>Overdue at some point</source>
            <translation>Были просрочены</translation>
        </message>
        <message>
            <source>By operator</source>
            <translation>По операторам</translation>
        </message>
        <message>
            <source>Feedback and complaints by month</source>
            <translation>Обращения и жалобы по месяцам</translation>
        </message>
        <message>
            <source>Complaint topics (Pareto)</source>
            <translation>Темы жалоб (Парето)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Жалобы</translation>
        </message>
        <message>
            <source>Cumulative share, %</source>
            <translation>Накопленная доля, %</translation>
        </message>
        <message>
            <source>Export the statistics</source>
            <translation>Экспорт статистики</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Сохранено в %1.</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>Answer %1</source>
            <translation>Ответ на обращение %1</translation>
        </message>
        <message>
            <source>What was found and what was done</source>
            <translation>Что установлено и что сделано</translation>
        </message>
        <message>
            <source>One reason per line, each with its rule or contract clause (e.g. «p. 4.2 of the contract»)</source>
            <translation>Одно основание в строке, каждое со ссылкой на правило или пункт договора (например, «п. 4.2 договора»)</translation>
        </message>
        <message>
            <source>The letter will tell the client where to appeal.</source>
            <translation>В письме будет указано, куда клиент может обжаловать решение.</translation>
        </message>
        <message>
            <source>E-mail the letter to (empty: print it)</source>
            <translation>Отправить письмо на e-mail (пусто: печать)</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Основания</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Электронная почта</translation>
        </message>
        <message>
            <source>A refusal must state its reasons, each with the rule or contract clause.</source>
            <translation>Отказ должен быть мотивирован: укажите основания со ссылкой на правило или пункт договора.</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>%1 is not a date: write it as YYYY-MM-DD, e.g. 2026-03-10.</source>
            <translation>%1 не является датой: укажите её в виде ГГГГ-ММ-ДД, например 2026-03-10.</translation>
        </message>
        <message>
            <source>%1 must be a whole number of zero or more, not %2.</source>
            <translation>%1 должно быть целым числом не меньше нуля, а не %2.</translation>
        </message>
        <message>
            <source>%1 is not a year between 1992 and 2100.</source>
            <translation>%1 не является годом от 1992 до 2100.</translation>
        </message>
        <message>
            <source>The calendar for %1 is a draft (Labour Code only): load the official calendar.</source>
            <translation>Календарь на %1 год предварительный (только по Трудовому кодексу): загрузите официальный производственный календарь.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Не удалось прочитать %1: %2</translation>
        </message>
        <message>
            <source>The file is not an open-data production calendar: %1</source>
            <translation>Файл не является производственным календарём с портала открытых данных: %1</translation>
        </message>
    </context>
    <context>
        <name>CalendarDialog</name>
        <message>
            <source>Production calendar</source>
            <translation>Производственный календарь</translation>
        </message>
        <message>
            <source>Working day</source>
            <translation>Рабочий день</translation>
        </message>
        <message>
            <source>Shortened</source>
            <translation>Сокращённый</translation>
        </message>
        <message>
            <source>Reason, e.g. the decree's number</source>
            <translation>Основание, например номер постановления</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Применить</translation>
        </message>
        <message>
            <source>&amp;Import open-data CSV…</source>
            <translation>&amp;Загрузить CSV с портала открытых данных…</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>%1: %2 working days (%3)</source>
            <translation>%1: рабочих дней %2 (%3)</translation>
        </message>
        <message>
            <source>Draft from the Labour Code only: transfers of days off are missing. Import the official calendar.</source>
            <translation>Предварительный календарь по Трудовому кодексу: переносы выходных не учтены. Загрузите официальный календарь.</translation>
        </message>
        <message>
            <source>day off</source>
            <translation>выходной</translation>
        </message>
        <message>
            <source>working weekend day</source>
            <translation>рабочий выходной день</translation>
        </message>
        <message>
            <source>shortened day</source>
            <translation>сокращённый день</translation>
        </message>
        <message>
            <source>Open-data production calendar</source>
            <translation>Производственный календарь (открытые данные)</translation>
        </message>
        <message>
            <source>Calendar saved; %1 deadline(s) of open feedback recomputed.</source>
            <translation>Календарь сохранён; пересчитано сроков открытых обращений: %1.</translation>
        </message>
    </context>
    <context>
        <name>ExtendDialog</name>
        <message>
            <source>Extend %1 to 20 working days</source>
            <translation>Продлить срок по %1 до 20 рабочих дней</translation>
        </message>
        <message>
            <source>Companies asked, one per line</source>
            <translation>Организации, которым направлены запросы, по одной в строке</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Requests sent to</source>
            <translation>Запросы направлены</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Unknown %1 «%2»: use one of %3.</source>
            <translation>Неизвестное значение %1 «%2»: используйте одно из: %3.</translation>
        </message>
        <message>
            <source>%1 is not a feedback item number (ID).</source>
            <translation>%1 не является номером (ID) обращения.</translation>
        </message>
        <message>
            <source>The letter file must end in .pdf.</source>
            <translation>Имя файла письма должно оканчиваться на .pdf.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Папка %1 не существует.</translation>
        </message>
        <message>
            <source>Write the answer: what was found and what was done.</source>
            <translation>Напишите ответ: что установлено и что сделано.</translation>
        </message>
        <message>
            <source>A refusal must state its reasons: add at least one reason with the rule or contract clause.</source>
            <translation>Отказ должен быть мотивирован: добавьте хотя бы одно основание со ссылкой на правило или пункт договора.</translation>
        </message>
        <message>
            <source>Enter the post office name for letters in Settings.</source>
            <translation>Укажите название отделения для писем в Настройках.</translation>
        </message>
        <message>
            <source>Enter the higher organisation for appeals in Settings: the letter must tell the client where to appeal.</source>
            <translation>Укажите вышестоящую организацию для обжалования в Настройках: в письме нужно сообщить клиенту, куда обжаловать решение.</translation>
        </message>
        <message>
            <source>Feedback item %1 does not exist.</source>
            <translation>Обращение %1 не найдено.</translation>
        </message>
        <message>
            <source>Feedback item %1 has already been answered.</source>
            <translation>На обращение %1 уже дан ответ.</translation>
        </message>
        <message>
            <source>There is no draft answer ready to send for this item.</source>
            <translation>По этому обращению нет готового проекта ответа для отправки.</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Жалоба</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Отзыв</translation>
        </message>
        <message>
            <source>In person at the counter</source>
            <translation>Лично в окне</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Письмо</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Горячая линия</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Факс</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Электронная почта</translation>
        </message>
        <message>
            <source>Web reception</source>
            <translation>Интернет-приёмная</translation>
        </message>
        <message>
            <source>Personal account</source>
            <translation>Личный кабинет</translation>
        </message>
        <message>
            <source>Online consultant</source>
            <translation>Онлайн-консультант</translation>
        </message>
        <message>
            <source>Delivery time</source>
            <translation>Сроки доставки</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Утрата</translation>
        </message>
        <message>
            <source>Damage</source>
            <translation>Повреждение</translation>
        </message>
        <message>
            <source>Service at the counter</source>
            <translation>Обслуживание в окне</translation>
        </message>
        <message>
            <source>Tariffs and payment</source>
            <translation>Тарифы и оплата</translation>
        </message>
        <message>
            <source>Staff conduct</source>
            <translation>Поведение сотрудников</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Зарегистрировано</translation>
        </message>
        <message>
            <source>In work</source>
            <translation>В работе</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>Срок продлён</translation>
        </message>
        <message>
            <source>Draft answer ready</source>
            <translation>Проект ответа готов</translation>
        </message>
        <message>
            <source>Decision sent</source>
            <translation>Решение направлено</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрыто</translation>
        </message>
        <message>
            <source>Appealed</source>
            <translation>Обжаловано</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>Удовлетворено</translation>
        </message>
        <message>
            <source>Partly satisfied</source>
            <translation>Удовлетворено частично</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Отказано</translation>
        </message>
        <message>
            <source>The number of working days cannot be negative.</source>
            <translation>Число рабочих дней не может быть отрицательным.</translation>
        </message>
        <message>
            <source>No item with identifier %1 was accepted here.</source>
            <translation>Отправление с идентификатором %1 здесь не принималось.</translation>
        </message>
        <message>
            <source>The item is already past this step (state: %1).</source>
            <translation>Обращение уже прошло этот этап (состояние: %1).</translation>
        </message>
        <message>
            <source>Enter the text of the complaint, suggestion or review.</source>
            <translation>Введите текст жалобы, предложения или отзыва.</translation>
        </message>
        <message>
            <source>The date received cannot be in the future.</source>
            <translation>Дата поступления не может быть в будущем.</translation>
        </message>
        <message>
            <source>The file %1 is too large: at most %2 MB may be attached.</source>
            <translation>Файл %1 слишком большой: можно приложить не более %2 МБ.</translation>
        </message>
        <message>
            <source>No client with INN %1. Check the number or register the client first.</source>
            <translation>Клиент с ИНН %1 не найден. Проверьте номер или сначала зарегистрируйте клиента.</translation>
        </message>
        <message>
            <source>State why the answer needs more time.</source>
            <translation>Укажите, почему для ответа нужно больше времени.</translation>
        </message>
        <message>
            <source>The deadline of %1 was already extended once; it cannot be extended again.</source>
            <translation>Срок по обращению %1 уже продлевался; повторное продление невозможно.</translation>
        </message>
        <message>
            <source>No request to %1 was recorded.</source>
            <translation>Запрос в %1 не зарегистрирован.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDeadlineCounter</name>
        <message>
            <source>Feedback: %1 overdue, %2 due soon</source>
            <translation>Обращения: просрочено %1, скоро срок %2</translation>
        </message>
    </context>
    <context>
        <name>FeedbackExport</name>
        <message>
            <source>Summary</source>
            <translation>Итоги</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Дан ответ</translation>
        </message>
        <message>
            <source>Answered on time</source>
            <translation>Ответ в срок</translation>
        </message>
        <message>
            <source>Share answered on time, %</source>
            <translation>Доля ответов в срок, %</translation>
        </message>
        <message>
            <source>Overdue at some point</source>
            <translation>Были просрочены</translation>
        </message>
        <message>
            <source>Median working days to answer</source>
            <translation>Медиана рабочих дней до ответа</translation>
        </message>
        <message>
            <source>Accepted items</source>
            <translation>Принято отправлений</translation>
        </message>
        <message>
            <source>Complaints per 1,000 accepted items</source>
            <translation>Жалоб на 1000 принятых отправлений</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Группы</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Месяцы</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Жалобы</translation>
        </message>
        <message>
            <source>Pareto</source>
            <translation>Парето</translation>
        </message>
        <message>
            <source>Cumulative share, %</source>
            <translation>Накопленная доля, %</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Операторы</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>Зарегистрировал</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Рабочее место</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPage</name>
        <message>
            <source>All, newest first</source>
            <translation>Все, сначала новые</translation>
        </message>
        <message>
            <source>Due within 2 working days</source>
            <translation>Срок в ближайшие 2 рабочих дня</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просроченные</translation>
        </message>
        <message>
            <source>&amp;Register…</source>
            <translation>&amp;Зарегистрировать…</translation>
        </message>
        <message>
            <source>Take in &amp;work</source>
            <translation>Взять в &amp;работу</translation>
        </message>
        <message>
            <source>E&amp;xtend…</source>
            <translation>&amp;Продлить…</translation>
        </message>
        <message>
            <source>&amp;Answer…</source>
            <translation>&amp;Ответить…</translation>
        </message>
        <message>
            <source>Save &amp;letter…</source>
            <translation>Сохранить &amp;письмо…</translation>
        </message>
        <message>
            <source>&amp;Print letter…</source>
            <translation>&amp;Печать письма…</translation>
        </message>
        <message>
            <source>Preview the answer's letter and print it (Ctrl+P)</source>
            <translation>Просмотреть письмо с ответом и напечатать его (Ctrl+P)</translation>
        </message>
        <message>
            <source>A&amp;nalysis…</source>
            <translation>А&amp;нализ…</translation>
        </message>
        <message>
            <source>&amp;Calendar…</source>
            <translation>&amp;Календарь…</translation>
        </message>
        <message>
            <source>%1 shown · %2 open overdue · %3 due soon</source>
            <translation>Показано: %1 · просрочено открытых: %2 · скоро срок: %3</translation>
        </message>
        <message>
            <source>%1 · registered by %2 · %3</source>
            <translation>%1 · зарегистрировал %2 · %3</translation>
        </message>
        <message>
            <source>Registered as %1; the answer is due %2.</source>
            <translation>Зарегистрировано под номером %1; ответ нужно дать до %2.</translation>
        </message>
        <message>
            <source>Letter %1 is ready: «Print letter…» (Ctrl+P) shows and prints it.</source>
            <translation>Письмо %1 готово: «Печать письма…» (Ctrl+P) покажет и напечатает его.</translation>
        </message>
        <message>
            <source>The letter was sent by e-mail.</source>
            <translation>Письмо отправлено по электронной почте.</translation>
        </message>
        <message>
            <source>Letter %1</source>
            <translation>Письмо %1</translation>
        </message>
        <message>
            <source>Save the letter</source>
            <translation>Сохранить письмо</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Сохранено в %1.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackTable</name>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Поступило</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Client or author</source>
            <translation>Клиент или автор</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Answer due</source>
            <translation>Срок ответа</translation>
        </message>
        <message>
            <source>Claim period ends</source>
            <translation>Срок по претензии</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>просрочено</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>Register feedback</source>
            <translation>Регистрация обращения</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Отрицательный</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Положительный</translation>
        </message>
        <message>
            <source>Scan or type the item's identifier and press Enter</source>
            <translation>Отсканируйте или введите идентификатор отправления и нажмите Enter</translation>
        </message>
        <message>
            <source>Client's INN (filled in by the scan)</source>
            <translation>ИНН клиента (заполняется при сканировании)</translation>
        </message>
        <message>
            <source>Contact person or private person</source>
            <translation>Контактное лицо или частное лицо</translation>
        </message>
        <message>
            <source>Phone, e-mail or postal address</source>
            <translation>Телефон, e-mail или почтовый адрес</translation>
        </message>
        <message>
            <source>Item within one settlement (5-day claim period)</source>
            <translation>Отправление в пределах населённого пункта (срок претензии 5 дней)</translation>
        </message>
        <message>
            <source>The attached documents are complete</source>
            <translation>Приложенные документы полные</translation>
        </message>
        <message>
            <source>What is missing; when the author was contacted</source>
            <translation>Чего не хватает; когда связались с автором</translation>
        </message>
        <message>
            <source>Attach a file…</source>
            <translation>Приложить файл…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Review is</source>
            <translation>Отзыв</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Поступило</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Отправление</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>Комплектность</translation>
        </message>
        <message>
            <source>%1 · batch %2 · %3 · %4</source>
            <translation>%1 · партия %2 · %3 · %4</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Приложить файл</translation>
        </message>
        <message>
            <source>Enter the text of the feedback.</source>
            <translation>Введите текст обращения.</translation>
        </message>
    </context>
</TS>
