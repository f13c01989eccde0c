<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AuditLogView</name>
        <message>
            <source>client id</source>
            <translation>id клиента</translation>
        </message>
        <message>
            <source>batch id</source>
            <translation>id партии</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Выгрузить…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Рабочее место</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Пользователь:</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Действие:</translation>
        </message>
        <message>
            <source>Client:</source>
            <translation>Клиент:</translation>
        </message>
        <message>
            <source>Batch:</source>
            <translation>Партия:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>С:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>По:</translation>
        </message>
        <message>
            <source>any</source>
            <translation>любой</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Выгрузка журнала аудита</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Журнал аудита</translation>
        </message>
    </context>
    <context>
        <name>CompetitorsView</name>
        <message>
            <source>courier service</source>
            <translation>курьерская служба</translation>
        </message>
        <message>
            <source>bank</source>
            <translation>банк</translation>
        </message>
        <message>
            <source>other post</source>
            <translation>другая почта</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <source>the client said</source>
            <translation>со слов клиента</translation>
        </message>
        <message>
            <source>price list</source>
            <translation>прейскурант</translation>
        </message>
        <message>
            <source>website</source>
            <translation>сайт</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Конкурент</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>&amp;Save the competitor</source>
            <translation>&amp;Сохранить конкурента</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Новый</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Price, ₽</source>
            <translation>Цена, ₽</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Latest, ₽</source>
            <translation>Последняя, ₽</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Median, ₽</source>
            <translation>Медиана, ₽</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Цен</translation>
        </message>
        <message>
            <source>Our tariff, ₽</source>
            <translation>Наш тариф, ₽</translation>
        </message>
        <message>
            <source>&amp;Add the price</source>
            <translation>&amp;Добавить цену</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>No&amp;te:</source>
            <translation>&amp;Примечание:</translation>
        </message>
        <message>
            <source>A price observed</source>
            <translation>Замеченная цена</translation>
        </message>
        <message>
            <source>Ser&amp;vice:</source>
            <translation>&amp;Услуга:</translation>
        </message>
        <message>
            <source>&amp;Price, ₽:</source>
            <translation>&amp;Цена, ₽:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>Д&amp;ата:</translation>
        </message>
        <message>
            <source>So&amp;urce:</source>
            <translation>&amp;Источник:</translation>
        </message>
        <message>
            <source>Prices observed, newest first</source>
            <translation>Замеченные цены, сначала новые</translation>
        </message>
        <message>
            <source>Latest and median per service beside our tariff</source>
            <translation>Последняя цена и медиана по услугам рядом с нашим тарифом</translation>
        </message>
        <message>
            <source>Choose a competitor in the directory first.</source>
            <translation>Сначала выберите конкурента в справочнике.</translation>
        </message>
        <message>
            <source>Enter the price in rubles, e.g. 150.50.</source>
            <translation>Введите цену в рублях, например 150,50.</translation>
        </message>
    </context>
    <context>
        <name>QuickEntryDialog</name>
        <message>
            <source>Service for %1</source>
            <translation>Услуга для клиента %1</translation>
        </message>
        <message>
            <source>— not named —</source>
            <translation>— не указано —</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>&amp;Услуга:</translation>
        </message>
        <message>
            <source>Conta&amp;ct person:</source>
            <translation>&amp;Контактное лицо:</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>&amp;Количество:</translation>
        </message>
        <message>
            <source>&amp;Amount, ₽:</source>
            <translation>&amp;Сумма, ₽:</translation>
        </message>
        <message>
            <source>C&amp;ompetitor:</source>
            <translation>К&amp;онкурент:</translation>
        </message>
        <message>
            <source>Competitor's &amp;price, ₽:</source>
            <translation>&amp;Цена конкурента, ₽:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Примечание:</translation>
        </message>
        <message>
            <source>Enter: given · F6: the client declined · F7: not possible here, then the reason's digit</source>
            <translation>Enter — услуга оказана · F6 — клиент отказался · F7 — оказать невозможно, затем цифра причины</translation>
        </message>
        <message>
            <source>Enter the amount in rubles, e.g. 150.50.</source>
            <translation>Введите сумму в рублях, например 150.50.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsView</name>
        <message>
            <source>the client declined</source>
            <translation>клиент отказался</translation>
        </message>
        <message>
            <source>not possible here</source>
            <translation>оказать невозможно</translation>
        </message>
        <message>
            <source>either</source>
            <translation>любой отказ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Для</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Новый</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation>&amp;Вывести</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Код:</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Для:</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>используется</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>выведена</translation>
        </message>
        <message>
            <source>Rest&amp;ore</source>
            <translation>&amp;Вернуть</translation>
        </message>
        <message>
            <source>Choose a reason in the table first.</source>
            <translation>Сначала выберите причину в таблице.</translation>
        </message>
        <message>
            <source>Retire the reason</source>
            <translation>Вывод причины</translation>
        </message>
        <message>
            <source>Retire «%1»? It will no longer be offered at the counter; old records keep it.</source>
            <translation>Вывести причину «%1»? Её больше не будут предлагать у окна; старые записи её сохранят.</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>A reason code is 2–40 lowercase Latin letters, digits or «_».</source>
            <translation>Код причины — от 2 до 40 строчных латинских букв, цифр или «_».</translation>
        </message>
        <message>
            <source>Enter the reason's name.</source>
            <translation>Введите название причины.</translation>
        </message>
        <message>
            <source>Enter the competitor's name.</source>
            <translation>Введите название конкурента.</translation>
        </message>
        <message>
            <source>Quantity, amount and price cannot be negative.</source>
            <translation>Количество, сумма и цена не могут быть отрицательными.</translation>
        </message>
        <message>
            <source>The date %1 is in the future: enter today or an earlier day.</source>
            <translation>Дата %1 в будущем: укажите сегодняшний или более ранний день.</translation>
        </message>
        <message>
            <source>The competitor was not found.</source>
            <translation>Конкурент не найден.</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Оказана</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Клиент отказался</translation>
        </message>
        <message>
            <source>Not possible</source>
            <translation>Невозможно оказать</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Дата и время</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Конкурент</translation>
        </message>
        <message>
            <source>Competitor's price, ₽</source>
            <translation>Цена конкурента, ₽</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Amount, ₽</source>
            <translation>Сумма, ₽</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Оператор</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Refusals</source>
            <translation>Отказы</translation>
        </message>
        <message>
            <source>Write what was said before adding the note.</source>
            <translation>Напишите, о чём говорили, прежде чем добавить заметку.</translation>
        </message>
        <message>
            <source>The note is too long: keep it under 2000 characters.</source>
            <translation>Заметка слишком длинная: не больше 2000 знаков.</translation>
        </message>
        <message>
            <source>The contact person is not one of this client's: choose again.</source>
            <translation>Это контактное лицо другого клиента: выберите снова.</translation>
        </message>
        <message>
            <source>The quantity or amount is too large: check what was typed.</source>
            <translation>Слишком большое количество или сумма: проверьте введённое.</translation>
        </message>
        <message>
            <source>The competitor's price is too large: check what was typed.</source>
            <translation>Слишком большая цена конкурента: проверьте введённое.</translation>
        </message>
        <message>
            <source>A service given has a quantity of at least 1.</source>
            <translation>У оказанной услуги количество должно быть не меньше 1.</translation>
        </message>
        <message>
            <source>A reason or a competitor is recorded only for a declined or impossible service.</source>
            <translation>Причина и конкурент указываются только для отказа или услуги, которую невозможно оказать.</translation>
        </message>
        <message>
            <source>Choose the reason the service was declined or not possible.</source>
            <translation>Выберите причину отказа или невозможности оказать услугу.</translation>
        </message>
        <message>
            <source>Unknown refusal reason «%1»: choose one from the list.</source>
            <translation>Неизвестная причина отказа «%1»: выберите причину из списка.</translation>
        </message>
        <message>
            <source>The reason «%1» does not fit this outcome: choose another.</source>
            <translation>Причина «%1» не подходит к этому итогу: выберите другую.</translation>
        </message>
        <message>
            <source>Name the competitor whose price the client gave.</source>
            <translation>Укажите конкурента, цену которого назвал клиент.</translation>
        </message>
        <message>
            <source>The client was not found: it may have been deleted.</source>
            <translation>Клиент не найден: возможно, он удалён.</translation>
        </message>
        <message>
            <source>No client with INN %1: check the number or add the client.</source>
            <translation>Клиента с ИНН %1 нет: проверьте номер или добавьте клиента.</translation>
        </message>
        <message>
            <source>Unknown service «%1»: choose one from the catalogue.</source>
            <translation>Неизвестная услуга «%1»: выберите услугу из каталога.</translation>
        </message>
    </context>
    <context>
        <name>RecordsCli</name>
        <message>
            <source>The amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>The competitor's price</source>
            <translation>Цена конкурента</translation>
        </message>
        <message>
            <source>%1 must be a non-negative amount in rubles, e.g. 150.50, not «%2».</source>
            <translation>%1 — неотрицательное число рублей, например 150.50, а не «%2».</translation>
        </message>
        <message>
            <source>The quantity must be a whole number of 0 or more, not «%1».</source>
            <translation>Количество — целое число от 0, а не «%1».</translation>
        </message>
        <message>
            <source>The date must be written as YYYY-MM-DD, not «%1».</source>
            <translation>Дату нужно писать как ГГГГ-ММ-ДД, а не «%1».</translation>
        </message>
        <message>
            <source>The date %1 is in the future: give today or an earlier day.</source>
            <translation>Дата %1 в будущем: укажите сегодняшний или более ранний день.</translation>
        </message>
        <message>
            <source>Unknown outcome «%1»: use given, declined or not_possible.</source>
            <translation>Неизвестный итог «%1»: укажите given, declined или not_possible.</translation>
        </message>
        <message>
            <source>Dates must be written as YYYY-MM-DD.</source>
            <translation>Даты нужно писать как ГГГГ-ММ-ДД.</translation>
        </message>
        <message>
            <source>The period ends before it starts: swap --from and --to.</source>
            <translation>Период заканчивается раньше, чем начинается: поменяйте местами --from и --to.</translation>
        </message>
    </context>
    <context>
        <name>RecordsDialog</name>
        <message>
            <source>Records: %1</source>
            <translation>Записи: %1</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Конкурент</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Amount, ₽</source>
            <translation>Сумма, ₽</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Оператор</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Revenue by month, ₽</source>
            <translation>Выручка по месяцам, ₽</translation>
        </message>
        <message>
            <source>Revenue, ₽</source>
            <translation>Выручка, ₽</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записей</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Other clients: %1</source>
            <translation>Остальные клиенты: %1</translation>
        </message>
        <message>
            <source>Refusals by reason</source>
            <translation>Отказы по причинам</translation>
        </message>
        <message>
            <source>Refusals</source>
            <translation>Отказы</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Refusals by competitor</source>
            <translation>Отказы по конкурентам</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Конкурент</translation>
        </message>
        <message>
            <source>Median price quoted, ₽</source>
            <translation>Медиана названных цен, ₽</translation>
        </message>
        <message>
            <source>Reason × competitor</source>
            <translation>Причина × конкурент</translation>
        </message>
        <message>
            <source>No competitor named</source>
            <translation>Конкурент не назван</translation>
        </message>
        <message>
            <source>Competitors' prices against ours, ₽</source>
            <translation>Цены конкурентов и наши, ₽</translation>
        </message>
        <message>
            <source>Competitor (median)</source>
            <translation>Конкурент (медиана)</translation>
        </message>
        <message>
            <source>Ours</source>
            <translation>Наша</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Latest, ₽</source>
            <translation>Последняя, ₽</translation>
        </message>
        <message>
            <source>Observed on</source>
            <translation>Дата цены</translation>
        </message>
        <message>
            <source>Median, ₽</source>
            <translation>Медиана, ₽</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Наблюдений</translation>
        </message>
        <message>
            <source>Ours, ₽</source>
            <translation>Наша, ₽</translation>
        </message>
        <message>
            <source>Days without a service</source>
            <translation>Дней без услуг</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <source>Last service</source>
            <translation>Последняя услуга</translation>
        </message>
        <message>
            <source>Services in the year before</source>
            <translation>Услуг за год до этого</translation>
        </message>
        <message>
            <source>Usual gap, days</source>
            <translation>Обычный перерыв, дней</translation>
        </message>
        <message>
            <source>Silent, days</source>
            <translation>Без услуг, дней</translation>
        </message>
        <message>
            <source>Contracts ending by month</source>
            <translation>Истекающие договоры по месяцам</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Договоры</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <source>Revenue in the last year, ₽</source>
            <translation>Выручка за последний год, ₽</translation>
        </message>
        <message>
            <source>Operator activity</source>
            <translation>Работа операторов</translation>
        </message>
        <message>
            <source>Items accepted</source>
            <translation>Принято отправлений</translation>
        </message>
        <message>
            <source>Services recorded</source>
            <translation>Записано услуг</translation>
        </message>
        <message>
            <source>Refusals recorded</source>
            <translation>Записано отказов</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Оператор</translation>
        </message>
        <message>
            <source>Batches</source>
            <translation>Партии</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Исправления</translation>
        </message>
        <message>
            <source>Voids</source>
            <translation>Аннулирования</translation>
        </message>
        <message>
            <source>Manual weights</source>
            <translation>Веса вручную</translation>
        </message>
        <message>
            <source>Volumes and revenue</source>
            <translation>Объёмы и выручка</translation>
        </message>
        <message>
            <source>Competitors' prices</source>
            <translation>Цены конкурентов</translation>
        </message>
        <message>
            <source>Clients gone quiet</source>
            <translation>Клиенты, которые пропали</translation>
        </message>
        <message>
            <source>Contracts expiring</source>
            <translation>Истекающие договоры</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports are for supervisors and administrators.</source>
            <translation>Отчёты доступны руководителям и администраторам.</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Отчёты</translation>
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation>&amp;Журнал аудита</translation>
        </message>
        <message>
            <source>Refusal rea&amp;sons</source>
            <translation>Причины &amp;отказов</translation>
        </message>
        <message>
            <source>&amp;Competitors</source>
            <translation>&amp;Конкуренты</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Показать</translation>
        </message>
        <message>
            <source>&amp;Export to xlsx…</source>
            <translation>&amp;Выгрузить в xlsx…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>Rows: %1</source>
            <translation>Строк: %1</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>Выгрузка отчёта</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Сохранено: %1.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Declined</source>
            <translation>Отказ клиента</translation>
        </message>
        <message>
            <source>Not possible</source>
            <translation>Невозможно оказать</translation>
        </message>
        <message>
            <source>Batch %1: %2 items, %3</source>
            <translation>Партия %1: отправлений — %2, %3</translation>
        </message>
        <message>
            <source>; weight discrepancies: %1</source>
            <translation>; расхождений по весу — %1</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Исправление</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Аннулирование</translation>
        </message>
        <message>
            <source>batch %1, %2</source>
            <translation>партия %1, %2</translation>
        </message>
        <message>
            <source>Service given</source>
            <translation>Услуга оказана</translation>
        </message>
        <message>
            <source>Declined or not possible</source>
            <translation>Отказ или невозможно оказать</translation>
        </message>
        <message>
            <source>Batch accepted</source>
            <translation>Партия принята</translation>
        </message>
        <message>
            <source>Complaints and suggestions</source>
            <translation>Жалобы и предложения</translation>
        </message>
        <message>
            <source>Debt reminders</source>
            <translation>Напоминания о долге</translation>
        </message>
        <message>
            <source>Contact note</source>
            <translation>Заметка о контакте</translation>
        </message>
        <message>
            <source>Offers</source>
            <translation>Предложения</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>Уведомления</translation>
        </message>
        <message>
            <source>Questionnaires answered</source>
            <translation>Ответы на анкеты</translation>
        </message>
        <message>
            <source>Clients' club</source>
            <translation>Клуб клиентов</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>All events</source>
            <translation>Все события</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Amount, ₽</source>
            <translation>Сумма, ₽</translation>
        </message>
        <message>
            <source>← Newer</source>
            <translation>← Новее</translation>
        </message>
        <message>
            <source>Older →</source>
            <translation>Старше →</translation>
        </message>
        <message>
            <source>What was said with the client (a call, a visit)…</source>
            <translation>О чём говорили с клиентом (звонок, визит)…</translation>
        </message>
        <message>
            <source>Add the &amp;note</source>
            <translation>Добавить &amp;заметку</translation>
        </message>
    </context>
</TS>
