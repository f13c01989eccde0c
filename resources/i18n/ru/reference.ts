<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>DeliveryDialog</name>
        <message>
            <source>Delivery time and dispatch</source>
            <translation>Срок доставки и отправка</translation>
        </message>
    </context>
    <context>
        <name>DeliveryLookup</name>
        <message>
            <source>&amp;Look up</source>
            <translation>&amp;Узнать</translation>
        </message>
        <message>
            <source>To postcode</source>
            <translation>На индекс</translation>
        </message>
        <message>
            <source>Enter the 6-digit postcode.</source>
            <translation>Введите индекс из 6 цифр.</translation>
        </message>
        <message>
            <source>From %1 to %2: %3 days, arrives by %4.</source>
            <translation>Из %1 в %2: %3 дн., прибудет не позднее %4.</translation>
        </message>
        <message>
            <source>Next dispatch: route %1 at %2; have the mail ready by %3.</source>
            <translation>Ближайшая отправка: маршрут %1 в %2; подготовить почту до %3.</translation>
        </message>
    </context>
    <context>
        <name>DeliveryQuestionButton</name>
        <message>
            <source>Delivery time…</source>
            <translation>Срок доставки…</translation>
        </message>
        <message>
            <source>How long to a postcode and when the mail leaves (Ctrl+T)</source>
            <translation>Контрольный срок до индекса и ближайшая отправка (Ctrl+T)</translation>
        </message>
    </context>
    <context>
        <name>DeliveryTab</name>
        <message>
            <source>Import &amp;norms…</source>
            <translation>Загрузить &amp;сроки…</translation>
        </message>
        <message>
            <source>Import &amp;schedule…</source>
            <translation>Загрузить &amp;расписание…</translation>
        </message>
        <message>
            <source>Import re&amp;gions…</source>
            <translation>Загрузить ре&amp;гионы…</translation>
        </message>
        <message>
            <source>Postcode prefixes of the regions and settlements the norms may name</source>
            <translation>Начала индексов регионов и населённых пунктов, которые могут называть нормативы</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Маршрут</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Postcodes from</source>
            <translation>Индексы на</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дни</translation>
        </message>
        <message>
            <source>Departs</source>
            <translation>Отправление</translation>
        </message>
        <message>
            <source>Ready, min before</source>
            <translation>Готовность, мин до</translation>
        </message>
        <message>
            <source>On holidays</source>
            <translation>В праздники</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Список</translation>
        </message>
        <message>
            <source>Ready by</source>
            <translation>Готовность до</translation>
        </message>
        <message>
            <source>Transport schedule</source>
            <translation>Расписание перевозки почты</translation>
        </message>
        <message>
            <source>Batches left without the client: the departure each must be ready for</source>
            <translation>Партии, оставленные без клиента: к какой отправке каждую подготовить</translation>
        </message>
        <message>
            <source>inter-regional</source>
            <translation>межрегиональный</translation>
        </message>
        <message>
            <source>inter-district</source>
            <translation>межрайонный</translation>
        </message>
        <message>
            <source>intra-district</source>
            <translation>внутрирайонный</translation>
        </message>
        <message>
            <source>no departure</source>
            <translation>не отправляется</translation>
        </message>
        <message>
            <source>departs</source>
            <translation>отправляется</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Size, KB</source>
            <translation>Размер, КБ</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Add PDF…</source>
            <translation>&amp;Добавить PDF…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Choose the PDF file</source>
            <translation>Выберите файл PDF</translation>
        </message>
        <message>
            <source>Guiding document</source>
            <translation>Руководящий документ</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удаление</translation>
        </message>
        <message>
            <source>Delete «%1» from the shelf?</source>
            <translation>Удалить «%1» из руководящих документов?</translation>
        </message>
    </context>
    <context>
        <name>FormsTab</name>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Price, ₽</source>
            <translation>Цена, ₽</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>В наличии</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Минимум</translation>
        </message>
        <message>
            <source>client's INN</source>
            <translation>ИНН клиента</translation>
        </message>
        <message>
            <source>S&amp;ell</source>
            <translation>&amp;Продать</translation>
        </message>
        <message>
            <source>&amp;Received</source>
            <translation>П&amp;оступило</translation>
        </message>
        <message>
            <source>&amp;Write off…</source>
            <translation>&amp;Списать…</translation>
        </message>
        <message>
            <source>&amp;Import catalogue…</source>
            <translation>&amp;Загрузить каталог…</translation>
        </message>
        <message>
            <source>Running low, order: %1</source>
            <translation>Заканчиваются, закажите: %1</translation>
        </message>
        <message>
            <source>Choose the form to sell.</source>
            <translation>Выберите бланк для продажи.</translation>
        </message>
        <message>
            <source>Enter the client's INN: the sale is recorded for the client.</source>
            <translation>Введите ИНН клиента: продажа записывается как услуга клиенту.</translation>
        </message>
        <message>
            <source>Sold for %1 ₽; the service is recorded.</source>
            <translation>Продано на %1 ₽; услуга записана.</translation>
        </message>
        <message>
            <source>Write off</source>
            <translation>Списание</translation>
        </message>
        <message>
            <source>Why are the forms written off?</source>
            <translation>Почему бланки списываются?</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import a table</source>
            <translation>Загрузка таблицы</translation>
        </message>
        <message>
            <source>xlsx or CSV file</source>
            <translation>файл xlsx или CSV</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Выбрать…</translation>
        </message>
        <message>
            <source>empty: found by the headers; e.g. days=Срок, to=B</source>
            <translation>пусто: по заголовкам; например days=Срок, to=B</translation>
        </message>
        <message>
            <source>Fields: %1</source>
            <translation>Поля: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Column &amp;mapping</source>
            <translation>&amp;Сопоставление столбцов</translation>
        </message>
        <message>
            <source>In force &amp;from</source>
            <translation>Действует &amp;с</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>The imported table replaces the current one.</source>
            <translation>Загруженная таблица заменит текущую.</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Выберите файл</translation>
        </message>
        <message>
            <source>Tables (*.xlsx *.xls *.ods *.csv *.txt)</source>
            <translation>Таблицы (*.xlsx *.xls *.ods *.csv *.txt)</translation>
        </message>
        <message>
            <source>Choose the file to import.</source>
            <translation>Выберите файл для загрузки.</translation>
        </message>
        <message>
            <source>Imported rows: %1.</source>
            <translation>Загружено строк: %1.</translation>
        </message>
        <message>
            <source>Version %1.</source>
            <translation>Версия %1.</translation>
        </message>
    </context>
    <context>
        <name>OfficeSetupSection</name>
        <message>
            <source>Office set-up</source>
            <translation>Настройка отделения</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>В&amp;ыбрать…</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <source>no password</source>
            <translation>без пароля</translation>
        </message>
        <message>
            <source>&amp;Save office set-up</source>
            <translation>&amp;Сохранить настройки отделения</translation>
        </message>
        <message>
            <source>Only an administrator changes the office set-up.</source>
            <translation>Настройки отделения меняет только администратор.</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>Выберите логотип</translation>
        </message>
        <message>
            <source>A postcode has 6 digits.</source>
            <translation>Индекс состоит из 6 цифр.</translation>
        </message>
        <message>
            <source>The office set-up is saved.</source>
            <translation>Настройки отделения сохранены.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Наименование</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>&amp;Contact person</source>
            <translation>&amp;Контактное лицо</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;Эл. почта</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Адрес</translation>
        </message>
    </context>
    <context>
        <name>OrganisationResults</name>
        <message>
            <source>Other organisations</source>
            <translation>Другие организации</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Контактное лицо</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsTab</name>
        <message>
            <source>Search by name, phone or contact person</source>
            <translation>Поиск по наименованию, телефону или контактному лицу</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Добавить…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удаление</translation>
        </message>
        <message>
            <source>Delete «%1» from the directory?</source>
            <translation>Удалить «%1» из справочника?</translation>
        </message>
    </context>
    <context>
        <name>RangesBox</name>
        <message>
            <source>Identifier ranges</source>
            <translation>Диапазоны идентификаторов</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Prefix</source>
            <translation>Префикс</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С номера</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По номер</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Осталось</translation>
        </message>
        <message>
            <source>ШПИ</source>
            <translation>ШПИ</translation>
        </message>
        <message>
            <source>S10 (international)</source>
            <translation>S10 (международные)</translation>
        </message>
        <message>
            <source>8 digits or two letters</source>
            <translation>8 цифр или две буквы</translation>
        </message>
        <message>
            <source>RU</source>
            <translation>RU</translation>
        </message>
        <message>
            <source>The contract the range is given to: type its number or client; «office» for the office's own</source>
            <translation>Договор, которому выделен диапазон: введите номер договора или клиента; «отделение» — собственный диапазон отделения</translation>
        </message>
        <message>
            <source>Add &amp;range</source>
            <translation>Добавить &amp;диапазон</translation>
        </message>
        <message>
            <source>№ %1 — %2</source>
            <translation>№ %1 — %2</translation>
        </message>
        <message>
            <source>%1 (not active)</source>
            <translation>%1 (не действует)</translation>
        </message>
        <message>
            <source>office</source>
            <translation>отделение</translation>
        </message>
        <message>
            <source>Running out, ask for new ranges: %1</source>
            <translation>Заканчиваются, запросите новые диапазоны: %1</translation>
        </message>
        <message>
            <source>Choose the contract from the list, or «office».</source>
            <translation>Выберите договор из списка или «отделение».</translation>
        </message>
        <message>
            <source>The range is registered.</source>
            <translation>Диапазон зарегистрирован.</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>%1 must be a whole number, not «%2».</source>
            <translation>%1 — должно быть целое число, а не «%2».</translation>
        </message>
        <message>
            <source>Unknown kind of range «%1»: choose rpo or s10.</source>
            <translation>Неизвестный вид диапазона «%1»: укажите rpo или s10.</translation>
        </message>
        <message>
            <source>Range %1 (%2) has only %3 numbers left: ask for a new range.</source>
            <translation>В диапазоне %1 (%2) осталось только %3 номеров: запросите новый диапазон.</translation>
        </message>
        <message>
            <source>%1: «%2» is not a postcode of 6 digits.</source>
            <translation>%1: «%2» — не почтовый индекс из 6 цифр.</translation>
        </message>
        <message>
            <source>Set the post office postcode in the settings, or give the postcode of departure.</source>
            <translation>Укажите индекс отделения в настройках или индекс места отправки.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Откуда</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Куда</translation>
        </message>
        <message>
            <source>No delivery-time norm covers %1 → %2 (%3): import the norms table.</source>
            <translation>Нет контрольного срока для направления %1 → %2 (%3): загрузите таблицу контрольных сроков.</translation>
        </message>
        <message>
            <source>Nothing was imported: the file has no data rows.</source>
            <translation>Ничего не загружено: в файле нет строк с данными.</translation>
        </message>
        <message>
            <source>Nothing was imported: the region table has no «%1»; import the regions first.</source>
            <translation>Ничего не загружено: в таблице регионов нет «%1»; сначала загрузите регионы.</translation>
        </message>
        <message>
            <source>Enter the document's title.</source>
            <translation>Введите название документа.</translation>
        </message>
        <message>
            <source>«%1» is not a PDF file.</source>
            <translation>«%1» — не файл PDF.</translation>
        </message>
        <message>
            <source>The document is larger than 50 MB.</source>
            <translation>Документ больше 50 МБ.</translation>
        </message>
        <message>
            <source>The document no longer exists.</source>
            <translation>Документ уже удалён.</translation>
        </message>
        <message>
            <source>There is no form «%1» in the catalogue.</source>
            <translation>В каталоге нет бланка «%1».</translation>
        </message>
        <message>
            <source>The quantity is a whole number from 1 to %1.</source>
            <translation>Количество — целое число от 1 до %1.</translation>
        </message>
        <message>
            <source>Only %1 of «%2» are in stock.</source>
            <translation>В наличии только %1 шт. «%2».</translation>
        </message>
        <message>
            <source>Say why the forms are written off.</source>
            <translation>Укажите причину списания.</translation>
        </message>
        <message>
            <source>«%1» is no longer sold.</source>
            <translation>«%1» больше не продаётся.</translation>
        </message>
        <message>
            <source>«%1» is not a price in rubles.</source>
            <translation>«%1» — не цена в рублях.</translation>
        </message>
        <message>
            <source>«%1» is not a whole number of zero or more.</source>
            <translation>«%1» — не целое неотрицательное число.</translation>
        </message>
        <message>
            <source>«%1» is not a postcode prefix (up to 6 digits, * for any).</source>
            <translation>«%1» — не начало индекса (до 6 цифр, * — любой).</translation>
        </message>
        <message>
            <source>«%1» is too long for a region name.</source>
            <translation>«%1» — слишком длинное название региона.</translation>
        </message>
        <message>
            <source>«%1» is not a service code (Latin letters, digits, «_»).</source>
            <translation>«%1» — не код услуги (латинские буквы, цифры, «_»).</translation>
        </message>
        <message>
            <source>The service has no name.</source>
            <translation>У услуги нет наименования.</translation>
        </message>
        <message>
            <source>«%1» is not a VAT rate in percent.</source>
            <translation>«%1» — не ставка НДС в процентах.</translation>
        </message>
        <message>
            <source>A control time of %1 days is not plausible.</source>
            <translation>Контрольный срок %1 дн. неправдоподобен.</translation>
        </message>
        <message>
            <source>«%1» is not a postcode prefix of 1 to 6 digits.</source>
            <translation>«%1» — не начало индекса из 1–6 цифр.</translation>
        </message>
        <message>
            <source>The region has no name.</source>
            <translation>У региона нет названия.</translation>
        </message>
        <message>
            <source>«%1» is not a list of weekdays (пн, ср, пт or 1,3,5).</source>
            <translation>«%1» — не список дней недели (пн, ср, пт или 1,3,5).</translation>
        </message>
        <message>
            <source>The departure days are missing.</source>
            <translation>Не указаны дни отправления.</translation>
        </message>
        <message>
            <source>«%1» is not a time of day (HH:MM).</source>
            <translation>«%1» — не время (ЧЧ:ММ).</translation>
        </message>
        <message>
            <source>«%1» is not a route kind (межрегиональный, межрайонный, внутрирайонный).</source>
            <translation>«%1» — не вид маршрута (межрегиональный, межрайонный, внутрирайонный).</translation>
        </message>
        <message>
            <source>The route has no number.</source>
            <translation>У маршрута нет номера.</translation>
        </message>
        <message>
            <source>«%1» is not a holiday rule (не ходит or ходит).</source>
            <translation>«%1» — не правило для праздников (не ходит или ходит).</translation>
        </message>
        <message>
            <source>«%1» is not a form code (Latin letters, digits, «_»).</source>
            <translation>«%1» — не код бланка (латинские буквы, цифры, «_»).</translation>
        </message>
        <message>
            <source>The form has no name.</source>
            <translation>У бланка нет наименования.</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation>строка %1: %2</translation>
        </message>
        <message>
            <source>Nothing was imported: %1.</source>
            <translation>Ничего не загружено: %1.</translation>
        </message>
        <message>
            <source>Nothing was imported: «%1» is listed twice.</source>
            <translation>Ничего не загружено: «%1» указан дважды.</translation>
        </message>
        <message>
            <source>Unknown table «%1»: choose tariffs, delivery, schedule, forms or regions.</source>
            <translation>Неизвестная таблица «%1»: укажите tariffs, delivery, schedule, forms или regions.</translation>
        </message>
        <message>
            <source>Enter the organisation's name.</source>
            <translation>Введите наименование организации.</translation>
        </message>
        <message>
            <source>The organisation no longer exists.</source>
            <translation>Организация уже удалена.</translation>
        </message>
        <message>
            <source>There is no price list version «%1».</source>
            <translation>Нет версии прейскуранта «%1».</translation>
        </message>
        <message>
            <source>No route of the transport schedule carries mail for %1.</source>
            <translation>Ни один маршрут расписания не везёт почту на индекс %1.</translation>
        </message>
        <message>
            <source>The file is empty: there is no header row.</source>
            <translation>Файл пуст: нет строки заголовков.</translation>
        </message>
        <message>
            <source>The file has no column «%1» (mapped to %2).</source>
            <translation>В файле нет столбца «%1» (указан для поля %2).</translation>
        </message>
        <message>
            <source>Unknown fields in the mapping: %1. Known: %2.</source>
            <translation>Неизвестные поля в сопоставлении: %1. Известные: %2.</translation>
        </message>
        <message>
            <source>The file has no column for: %1. Name the columns with --map FIELD=HEADER.</source>
            <translation>В файле нет столбца для: %1. Укажите столбцы параметром --map ПОЛЕ=ЗАГОЛОВОК.</translation>
        </message>
        <message>
            <source>A mapping is written FIELD=HEADER, not «%1».</source>
            <translation>Сопоставление записывается как ПОЛЕ=ЗАГОЛОВОК, а не «%1».</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>партнёр</translation>
        </message>
        <message>
            <source>higher organisation</source>
            <translation>вышестоящая организация</translation>
        </message>
        <message>
            <source>competitor's office</source>
            <translation>офис конкурента</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
    </context>
    <context>
        <name>ReferencePage</name>
        <message>
            <source>&amp;Tariffs</source>
            <translation>&amp;Тарифы</translation>
        </message>
        <message>
            <source>Delivery and &amp;dispatch</source>
            <translation>Сроки и &amp;отправка</translation>
        </message>
        <message>
            <source>&amp;Forms and packaging</source>
            <translation>&amp;Бланки и упаковка</translation>
        </message>
        <message>
            <source>&amp;Organisations</source>
            <translation>&amp;Организации</translation>
        </message>
        <message>
            <source>&amp;Guiding documents</source>
            <translation>&amp;Руководящие документы</translation>
        </message>
    </context>
    <context>
        <name>Tariffs</name>
        <message>
            <source>[[prices]] must be a list of entries.</source>
            <translation>[[prices]] должен быть списком записей.</translation>
        </message>
        <message>
            <source>price %1</source>
            <translation>цена %1</translation>
        </message>
        <message>
            <source>%1: unknown fields.</source>
            <translation>%1: неизвестные поля.</translation>
        </message>
        <message>
            <source>%1: needs a «code» and a «name».</source>
            <translation>%1: нужны «code» и «name».</translation>
        </message>
        <message>
            <source>%1 is priced twice.</source>
            <translation>%1: цена указана дважды.</translation>
        </message>
    </context>
    <context>
        <name>TariffsTab</name>
        <message>
            <source>Search by code or name</source>
            <translation>Поиск по коду или наименованию</translation>
        </message>
        <message>
            <source>&amp;Import price list…</source>
            <translation>&amp;Загрузить прейскурант…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Price, ₽</source>
            <translation>Цена, ₽</translation>
        </message>
        <message>
            <source>VAT, %</source>
            <translation>НДС, %</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Сравнить</translation>
        </message>
        <message>
            <source>Was, ₽</source>
            <translation>Было, ₽</translation>
        </message>
        <message>
            <source>Now, ₽</source>
            <translation>Стало, ₽</translation>
        </message>
        <message>
            <source>In force on</source>
            <translation>Действуют на</translation>
        </message>
        <message>
            <source>What changed from</source>
            <translation>Что изменилось с версии</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по версию</translation>
        </message>
        <message>
            <source>Prices marked as a sample are not the official tariffs.</source>
            <translation>Цены, отмеченные как образец, — не официальные тарифы.</translation>
        </message>
        <message>
            <source>New tariff version</source>
            <translation>Новая версия тарифов</translation>
        </message>
        <message>
            <source>Prepare notices to clients about the tariff change?</source>
            <translation>Подготовить уведомления клиентам об изменении тарифов?</translation>
        </message>
        <message>
            <source>Version %1 is in force from %2.</source>
            <translation>Версия %1 действует с %2.</translation>
        </message>
    </context>
</TS>
