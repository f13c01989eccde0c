<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AcceptancePage</name>
        <message>
            <source>Import list…</source>
            <translation>Загрузить список…</translation>
        </message>
        <message>
            <source>Read a client's list from a file or a flash drive (Ctrl+O)</source>
            <translation>Прочитать список клиента из файла или с флешки (Ctrl+O)</translation>
        </message>
        <message>
            <source>Record a service…</source>
            <translation>Записать услугу…</translation>
        </message>
        <message>
            <source>Record a service given, declined or not possible (Ctrl+R)</source>
            <translation>Записать оказанную услугу, отказ или невозможность оказать (Ctrl+R)</translation>
        </message>
        <message>
            <source>Client:</source>
            <translation>Клиент:</translation>
        </message>
        <message>
            <source>Service recorded.</source>
            <translation>Услуга записана.</translation>
        </message>
        <message>
            <source>List %1 of %2 is being weighed.</source>
            <translation>Список %1 клиента %2 ещё взвешивается.</translation>
        </message>
        <message numerus="yes">
            <source>A flash drive is connected (%1) with %n list file(s). Press Ctrl+O to import.</source>
            <translation>
                <numerusform>Подключена флешка (%1): на ней %n файл списка. Нажмите Ctrl+O, чтобы загрузить.</numerusform>
                <numerusform>Подключена флешка (%1): на ней %n файла списков. Нажмите Ctrl+O, чтобы загрузить.</numerusform>
                <numerusform>Подключена флешка (%1): на ней %n файлов списков. Нажмите Ctrl+O, чтобы загрузить.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <source>What to fix</source>
            <translation>Что исправить</translation>
        </message>
        <message>
            <source>error</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>предупреждение</translation>
        </message>
    </context>
    <context>
        <name>FindingsView</name>
        <message>
            <source>All findings</source>
            <translation>Все замечания</translation>
        </message>
        <message>
            <source>Errors only</source>
            <translation>Только ошибки</translation>
        </message>
        <message>
            <source>Warnings only</source>
            <translation>Только предупреждения</translation>
        </message>
        <message>
            <source>Go to row…</source>
            <translation>Перейти к строке…</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Показать:</translation>
        </message>
        <message>
            <source>Enter a row number.</source>
            <translation>Введите номер строки.</translation>
        </message>
        <message>
            <source>Row %1 has no findings.</source>
            <translation>В строке %1 замечаний нет.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a batch list</source>
            <translation>Загрузка списка партии</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Назад</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Далее &gt;</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Choose the client who brought the list.</source>
            <translation>Выберите клиента, который принёс список.</translation>
        </message>
        <message>
            <source>Choose a list file.</source>
            <translation>Выберите файл списка.</translation>
        </message>
        <message>
            <source>Reading the list…</source>
            <translation>Чтение списка…</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Проверка строк…</translation>
        </message>
        <message>
            <source>Rows: %1. Without errors: %2. With errors: %3. Findings: %4.</source>
            <translation>Строк: %1. Без ошибок: %2. С ошибками: %3. Замечаний: %4.</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation>Строк: %1</translation>
        </message>
    </context>
    <context>
        <name>ListCheck</name>
        <message>
            <source>The postcode is missing.</source>
            <translation>Не указан индекс.</translation>
        </message>
        <message>
            <source>The recipient is missing.</source>
            <translation>Не указан получатель.</translation>
        </message>
        <message>
            <source>The address is missing.</source>
            <translation>Не указан адрес.</translation>
        </message>
        <message>
            <source>The mass is missing: enter it in grams.</source>
            <translation>Не указана масса: укажите её в граммах.</translation>
        </message>
        <message>
            <source>The mail type is not given in the row or in the list's title: enter it (letter, bandrol, parcel...).</source>
            <translation>Вид отправления не указан ни в строке, ни в заголовке списка: укажите его (письмо, бандероль, посылка…).</translation>
        </message>
        <message>
            <source>The identifier is missing: the post office will assign one.</source>
            <translation>Нет ШПИ: его присвоит отделение.</translation>
        </message>
        <message>
            <source>The postcode «%1» is wrong: it must have 6 digits.</source>
            <translation>Неверный индекс «%1»: в индексе должно быть 6 цифр.</translation>
        </message>
        <message>
            <source>The postcode «%1» does not look like a Russian postcode: check it.</source>
            <translation>Индекс «%1» не похож на российский: проверьте его.</translation>
        </message>
        <message>
            <source>«%1» is not a postal identifier: a ШПИ has 14 digits, an international one looks like RA123456785RU.</source>
            <translation>«%1» — не почтовый идентификатор: ШПИ состоит из 14 цифр, международный выглядит как RA123456785RU.</translation>
        </message>
        <message>
            <source>The identifier «%1» has a wrong check digit: it was mistyped or made up. Copy it from the label again.</source>
            <translation>У ШПИ «%1» неверная контрольная цифра: он набран с ошибкой или выдуман. Перепишите его с наклейки ещё раз.</translation>
        </message>
        <message>
            <source>The mass must be above zero.</source>
            <translation>Масса должна быть больше нуля.</translation>
        </message>
        <message>
            <source>The mass %1 g is over the limit of %2 g for this mail type.</source>
            <translation>Масса %1 г превышает предел %2 г для этого вида отправления.</translation>
        </message>
        <message>
            <source>«%1» is not a number.</source>
            <translation>«%1» — не число.</translation>
        </message>
        <message>
            <source>The cell holds a date («%1») instead of a number: the spreadsheet has formatted it as a date. Set the cell format to «Number» and enter the value again.</source>
            <translation>В ячейке дата («%1») вместо числа: табличный редактор отформатировал её как дату. Установите формат ячейки «Числовой» и введите значение заново.</translation>
        </message>
        <message>
            <source>The amount «%1» has fractions of a kopeck.</source>
            <translation>В сумме «%1» есть доли копейки.</translation>
        </message>
        <message>
            <source>«%1» is not understood: write «да» or «нет».</source>
            <translation>Значение «%1» непонятно: напишите «да» или «нет».</translation>
        </message>
        <message>
            <source>Unknown mail kind «%1»: write the kind and the category, for example «Письмо заказное». Known words: %2.</source>
            <translation>Неизвестный вид отправления «%1»: укажите вид и категорию, например «Письмо заказное». Известные слова: %2.</translation>
        </message>
        <message>
            <source>Unknown category «%1»: write it in words, for example «заказное» or «с ОЦ». Known words: %2.</source>
            <translation>Неизвестная категория «%1»: укажите её словами, например «заказное» или «с ОЦ». Известные слова: %2.</translation>
        </message>
        <message>
            <source>Unknown rank «%1».</source>
            <translation>Неизвестный разряд «%1».</translation>
        </message>
        <message>
            <source>Unknown kind of notice «%1»: write simple, registered, electronic or no.</source>
            <translation>Неизвестный вид уведомления «%1»: напишите простое, заказное, электронное или нет.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>Сумма не может быть отрицательной.</translation>
        </message>
        <message>
            <source>Cash on delivery is only possible with a declared value: enter the declared value.</source>
            <translation>Наложенный платёж возможен только с объявленной ценностью: укажите объявленную ценность.</translation>
        </message>
        <message>
            <source>Cash on delivery %1 is more than the declared value %2: it cannot exceed it.</source>
            <translation>Наложенный платёж %1 больше объявленной ценности %2, а превышать её он не может.</translation>
        </message>
        <message>
            <source>An inventory is only possible with a declared value: enter the declared value.</source>
            <translation>Опись вложения (ф. 107) возможна только с объявленной ценностью: укажите объявленную ценность.</translation>
        </message>
        <message>
            <source>A declared value is given but the category does not include it: check the category.</source>
            <translation>Указана объявленная ценность, но категория её не предусматривает: проверьте категорию.</translation>
        </message>
        <message>
            <source>The identifier %1 is repeated: it is already in row %2.</source>
            <translation>ШПИ %1 повторяется: он уже есть в строке %2.</translation>
        </message>
        <message>
            <source>The identifier %1 has already been handed in: %2.</source>
            <translation>ШПИ %1 уже сдавался: %2.</translation>
        </message>
        <message>
            <source>The same recipient, address and mass as in row %1: is the item listed twice?</source>
            <translation>Тот же получатель, адрес и масса, что в строке %1: не указано ли отправление дважды?</translation>
        </message>
        <message>
            <source>The same recipient, address and mass were already handed in: %1.</source>
            <translation>Отправление с тем же получателем, адресом и массой уже сдавалось: %1.</translation>
        </message>
        <message>
            <source>The fee in the list, %1, differs from the tariff, %2.</source>
            <translation>Плата в списке (%1) не совпадает с тарифом (%2).</translation>
        </message>
        <message>
            <source>The list's total «%1» is %2, but its rows add up to %3.</source>
            <translation>Итог списка по столбцу «%1» — %2, а сумма строк — %3.</translation>
        </message>
        <message>
            <source>The list gives no mail kind (no kind column, nothing in its title): set the kind for the whole list, for example «Письмо заказное», before the batch is accepted. Weight limits and the rules of the category are checked once the kind is known.</source>
            <translation>В списке не указан вид отправлений (нет столбца вида, нет его и в заголовке): укажите вид для всего списка, например «Письмо заказное», до приёма партии. Предельный вес и правила категории проверяются, как только вид известен.</translation>
        </message>
        <message>
            <source>The list has a header but no rows.</source>
            <translation>В списке есть заголовок, но нет ни одной строки.</translation>
        </message>
        <message>
            <source>«%1» is not sent as «%2»: write one of: %3.</source>
            <translation>«%1» не бывает «%2»: укажите одно из: %3.</translation>
        </message>
        <message>
            <source>The tariff in force has no price for «%1»: such an item cannot be accepted.</source>
            <translation>В действующем тарифе нет цены для вида «%1»: такое отправление не может быть принято.</translation>
        </message>
    </context>
    <context>
        <name>ListField</name>
        <message>
            <source>Row number</source>
            <translation>№ п/п</translation>
        </message>
        <message>
            <source>Identifier (ШПИ)</source>
            <translation>ШПИ</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <source>Recipient and identifier in one cell</source>
            <translation>Получатель и ШПИ в одной ячейке</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Patronymic</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Индекс</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Улица</translation>
        </message>
        <message>
            <source>House</source>
            <translation>Дом</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Корпус, строение</translation>
        </message>
        <message>
            <source>Flat or office</source>
            <translation>Квартира, офис</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Mail type</source>
            <translation>Вид отправления</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Разряд</translation>
        </message>
        <message>
            <source>Mass</source>
            <translation>Масса</translation>
        </message>
        <message>
            <source>Declared value</source>
            <translation>Объявленная ценность</translation>
        </message>
        <message>
            <source>Cash on delivery</source>
            <translation>Наложенный платёж</translation>
        </message>
        <message>
            <source>Postage fee</source>
            <translation>Плата за пересылку</translation>
        </message>
        <message>
            <source>Notice of delivery</source>
            <translation>Уведомление о вручении</translation>
        </message>
        <message>
            <source>Simple notice (yes/no)</source>
            <translation>Простое уведомление (да/нет)</translation>
        </message>
        <message>
            <source>Registered notice (yes/no)</source>
            <translation>Заказное уведомление (да/нет)</translation>
        </message>
        <message>
            <source>Electronic notice (yes/no)</source>
            <translation>Электронное уведомление (да/нет)</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Опись вложения</translation>
        </message>
        <message>
            <source>Fragile</source>
            <translation>Осторожно</translation>
        </message>
        <message>
            <source>SMS notice</source>
            <translation>СМС-уведомление</translation>
        </message>
        <message>
            <source>Client's own number</source>
            <translation>Номер у клиента</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Длина</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Ширина</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Высота</translation>
        </message>
    </context>
    <context>
        <name>ListFiles</name>
        <message>
            <source>No header row was found in the first %1 rows of «%2». The list needs a row of column names (Индекс, Адрес, Вес...) above the items.</source>
            <translation>В первых %1 строках файла «%2» не найдена строка заголовка. Над отправлениями в списке должна быть строка с названиями столбцов (Индекс, Адрес, Вес…).</translation>
        </message>
        <message>
            <source>The DBF header declares %1 records, but the file holds %2 whole records: the file was probably copied only partly or written by a faulty program. Only the %2 records found were read; ask the client for the file again.</source>
            <translation>В заголовке DBF объявлено записей: %1, а в файле целых записей: %2. Вероятно, файл скопирован не полностью или записан с ошибкой. Прочитаны только найденные записи (%2); попросите клиента прислать файл заново.</translation>
        </message>
        <message>
            <source>its header is longer than the file itself</source>
            <translation>его заголовок длиннее самого файла</translation>
        </message>
        <message>
            <source>its header is too short for the fields it lists</source>
            <translation>его заголовок слишком короток для перечисленных в нём полей</translation>
        </message>
        <message>
            <source>the record length in its header does not match its fields</source>
            <translation>длина записи в заголовке не совпадает с его полями</translation>
        </message>
        <message>
            <source>The DBF file «%1» is damaged: %2. Ask the client to export the list again.</source>
            <translation>Файл DBF «%1» повреждён: %2. Попросите клиента выгрузить список заново.</translation>
        </message>
        <message>
            <source>The sheet contains formulas: the values last calculated by the spreadsheet were used. Cells whose formulas were never calculated are empty.</source>
            <translation>На листе есть формулы: взяты значения, которые табличный редактор вычислил последними. Ячейки с ни разу не вычисленными формулами считаются пустыми.</translation>
        </message>
        <message>
            <source>«%1» is a link to a file outside the drive. Copy the list itself onto the drive.</source>
            <translation>«%1» — ссылка на файл вне флешки. Скопируйте на флешку сам список.</translation>
        </message>
        <message>
            <source>The file «%1» does not exist or is not a file.</source>
            <translation>Файл «%1» не существует или не является файлом.</translation>
        </message>
        <message>
            <source>The file «%1» is empty.</source>
            <translation>Файл «%1» пуст.</translation>
        </message>
        <message>
            <source>The file «%1» is %2 MB, more than the limit of %3 MB. Split the list into several files.</source>
            <translation>Размер файла «%1» — %2 МБ, больше предела %3 МБ. Разделите список на несколько файлов.</translation>
        </message>
        <message>
            <source>The workbook «%1» is protected with a password. Ask the client to save it without a password.</source>
            <translation>Книга «%1» защищена паролем. Попросите клиента сохранить её без пароля.</translation>
        </message>
        <message>
            <source>The file «%1» is damaged or incomplete (perhaps copied only partly). Ask the client for the file again.</source>
            <translation>Файл «%1» повреждён или неполон (возможно, скопирован не до конца). Попросите у клиента файл ещё раз.</translation>
        </message>
        <message>
            <source>The file «%1» unpacks to %2 MB from %3 MB: such a file is refused as unsafe.</source>
            <translation>Файл «%1» распаковывается в %2 МБ из %3 МБ: такой файл отклонён как небезопасный.</translation>
        </message>
        <message>
            <source>The file «%1» contains XML declarations that spreadsheets never write (entities or links to other files): it is refused as unsafe. Ask the client to save the list again from Excel or LibreOffice.</source>
            <translation>Файл «%1» содержит объявления XML, которых электронные таблицы не записывают (сущности или ссылки на другие файлы): он отклонён как небезопасный. Попросите клиента заново сохранить список из Excel или LibreOffice.</translation>
        </message>
        <message>
            <source>The sheet in «%1» has %2 columns; a list may have at most %3. Delete the unused columns and save the file again.</source>
            <translation>На листе в файле «%1» %2 столбцов, а в списке их может быть не больше %3. Удалите лишние столбцы и сохраните файл заново.</translation>
        </message>
        <message>
            <source>Near line %2 of «%1» one cell holds more than %3 KB of text, usually because a quote is opened and never closed. Check the quotes there and save the list again.</source>
            <translation>Около строки %2 файла «%1» одна ячейка содержит больше %3 КБ текста — обычно из-за кавычки, которая открыта и не закрыта. Проверьте кавычки в этом месте и сохраните список заново.</translation>
        </message>
        <message>
            <source>The list «%1» has more than %2 rows. Split it into several files.</source>
            <translation>В списке «%1» больше %2 строк. Разделите его на несколько файлов.</translation>
        </message>
        <message>
            <source>«%1» is not a list file: expected Excel (xlsx, xls), OpenDocument (ods), CSV or text, DBF or JSON.</source>
            <translation>Файл «%1» не является списком: ожидается Excel (xlsx, xls), OpenDocument (ods), CSV или текст, DBF или JSON.</translation>
        </message>
    </context>
    <context>
        <name>ListReport</name>
        <message>
            <source>_checked</source>
            <translation>_проверен</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Список</translation>
        </message>
        <message>
            <source>Findings of the post office</source>
            <translation>Замечания отделения связи</translation>
        </message>
        <message>
            <source>About the list</source>
            <translation>О списке</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <source>Batch list check</source>
            <translation>Результат проверки списка партии</translation>
        </message>
        <message>
            <source>Client: %1</source>
            <translation>Клиент: %1</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Файл: %1</translation>
        </message>
        <message>
            <source>List № %1 of %2</source>
            <translation>Список № %1 от %2</translation>
        </message>
        <message>
            <source>Checked: %1</source>
            <translation>Проверен: %1</translation>
        </message>
        <message>
            <source>Rows: %1, accepted for processing: %2, with errors: %3</source>
            <translation>Строк: %1, принято к обработке: %2, с ошибками: %3</translation>
        </message>
        <message>
            <source>Valid rows: %1 items, %2 g, declared value %3, cash on delivery %4</source>
            <translation>Правильные строки: РПО — %1, масса %2 г, объявленная ценность %3, наложенный платёж %4</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>Найденные ошибки</translation>
        </message>
        <message>
            <source>First rows to correct</source>
            <translation>Первые строки, которые нужно исправить</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>Строка %1</translation>
        </message>
        <message>
            <source>No problems were found.</source>
            <translation>Ошибок не найдено.</translation>
        </message>
        <message>
            <source>Every finding is also marked in the attached copy of the list (column «Findings of the post office»).</source>
            <translation>Все замечания отмечены и в приложенной копии списка (столбец «Замечания отделения связи»).</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <source>Choose the client the list is from, or confirm taking it under this one.</source>
            <translation>Выберите клиента, от которого список, или подтвердите приём списка за этим клиентом.</translation>
        </message>
        <message>
            <source>The client no longer exists; choose the client again.</source>
            <translation>Клиента больше нет в базе; выберите клиента заново.</translation>
        </message>
        <message>
            <source>The list has no valid rows: there is nothing to import.</source>
            <translation>В списке нет ни одной правильной строки: загружать нечего.</translation>
        </message>
        <message>
            <source>No client with INN %1.</source>
            <translation>Клиент с ИНН %1 не найден.</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>черновик</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>принята</translation>
        </message>
        <message>
            <source>batch %1, list № %2 (%3)</source>
            <translation>партия %1, список № %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>MappingView</name>
        <message>
            <source>Column in the file</source>
            <translation>Столбец в файле</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Пример</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Содержит</translation>
        </message>
        <message>
            <source>Mass in kilograms</source>
            <translation>Масса в килограммах</translation>
        </message>
        <message>
            <source>Money in kopecks</source>
            <translation>Суммы в копейках</translation>
        </message>
        <message>
            <source>Sizes in millimetres</source>
            <translation>Размеры в миллиметрах</translation>
        </message>
        <message>
            <source>The mapping remembered for this client's files was applied.</source>
            <translation>Применено сопоставление столбцов, запомненное для файлов этого клиента.</translation>
        </message>
        <message>
            <source>Check what each column holds.</source>
            <translation>Проверьте, что содержит каждый столбец.</translation>
        </message>
        <message>
            <source>— not used —</source>
            <translation>— не используется —</translation>
        </message>
    </context>
    <context>
        <name>OtherClientBox</name>
        <message>
            <source>The list names another client</source>
            <translation>Список другого клиента</translation>
        </message>
        <message>
            <source>Taking it under %1 charges its items to that client's contract; the decision is logged.</source>
            <translation>Если принять его за клиентом %1, отправления будут начислены по договору этого клиента; решение записывается в журнал.</translation>
        </message>
        <message>
            <source>Switch to %1</source>
            <translation>Перейти к клиенту %1</translation>
        </message>
        <message>
            <source>Take it under %1</source>
            <translation>Принять за клиентом %1</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Largest list file accepted, MB</source>
            <translation>Наибольший размер файла списка, МБ</translation>
        </message>
        <message>
            <source>Most rows in one list</source>
            <translation>Наибольшее число строк в списке</translation>
        </message>
    </context>
    <context>
        <name>WizardDecision</name>
        <message>
            <source>%1 of %2 rows can be taken: %3 g in total. Rows with errors stay out of the batch; the report tells the client what to fix.</source>
            <translation>Можно принять %1 из %2 строк, общая масса %3 г. Строки с ошибками в партию не попадут; отчёт подскажет клиенту, что исправить.</translation>
        </message>
        <message numerus="yes">
            <source>Take %n valid row(s) as a draft batch</source>
            <translation>
                <numerusform>Принять %n правильную строку как черновик партии</numerusform>
                <numerusform>Принять %n правильные строки как черновик партии</numerusform>
                <numerusform>Принять %n правильных строк как черновик партии</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with errors will be left out. Take the other rows?</source>
            <translation>
                <numerusform>%n строка с ошибками не войдёт в партию. Принять остальные строки?</numerusform>
                <numerusform>%n строки с ошибками не войдут в партию. Принять остальные строки?</numerusform>
                <numerusform>%n строк с ошибками не войдут в партию. Принять остальные строки?</numerusform>
            </translation>
        </message>
        <message>
            <source>Storing the draft batch…</source>
            <translation>Сохранение черновика партии…</translation>
        </message>
        <message>
            <source>Draft batch %1 stored: %2 items, %3 g. It is waiting on the Acceptance page for weighing.</source>
            <translation>Черновик партии %1 сохранён: РПО — %2, масса %3 г. Он ждёт взвешивания на странице «Приём».</translation>
        </message>
        <message>
            <source>Reject the whole list? Nothing will be stored.</source>
            <translation>Отклонить весь список? Ничего не будет сохранено.</translation>
        </message>
        <message>
            <source>Recording the refusal…</source>
            <translation>Регистрация отказа…</translation>
        </message>
        <message>
            <source>The list was rejected; nothing was stored. Hand the report back to the client.</source>
            <translation>Список отклонён, ничего не сохранено. Передайте клиенту отчёт.</translation>
        </message>
        <message>
            <source>Where to save the report</source>
            <translation>Куда сохранить отчёт</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Запись отчёта…</translation>
        </message>
        <message>
            <source>Report saved: %1 and %2</source>
            <translation>Отчёт сохранён: %1 и %2</translation>
        </message>
    </context>
    <context>
        <name>WizardPages</name>
        <message>
            <source>Client:</source>
            <translation>Клиент:</translation>
        </message>
        <message>
            <source>Path to the list file</source>
            <translation>Путь к файлу списка</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Выбрать файл…</translation>
        </message>
        <message>
            <source>List files on the flash drive:</source>
            <translation>Файлы списков на флешке:</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Лист:</translation>
        </message>
        <message>
            <source>Mail kind of the whole list (the rows do not give it):</source>
            <translation>Вид отправлений для всего списка (в строках он не указан):</translation>
        </message>
        <message>
            <source>Reject the list and hand it back</source>
            <translation>Отклонить список и вернуть клиенту</translation>
        </message>
        <message>
            <source>Save the report for the client…</source>
            <translation>Сохранить отчёт для клиента…</translation>
        </message>
        <message>
            <source>Choose a list file</source>
            <translation>Выберите файл списка</translation>
        </message>
        <message>
            <source>Batch lists</source>
            <translation>Списки партий</translation>
        </message>
    </context>
</TS>
