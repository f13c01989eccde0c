<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Acceptance</name>
        <message>
            <source>Items not weighed yet: %1.</source>
            <translation>Ещё не взвешено отправлений: %1.</translation>
        </message>
        <message>
            <source>Items outside the weight tolerance waiting for a decision: %1.</source>
            <translation>Отправлений с расхождением веса, ожидающих решения: %1.</translation>
        </message>
        <message>
            <source>No item is left to accept.</source>
            <translation>Не осталось отправлений для приёма.</translation>
        </message>
        <message>
            <source>Wrong identifier check digit in items: %1.</source>
            <translation>Неверный контрольный разряд ШПИ у отправлений № %1.</translation>
        </message>
        <message>
            <source>Contract %1 is not active: batches under it cannot be accepted.</source>
            <translation>Договор %1 не действует: партии по нему принимать нельзя.</translation>
        </message>
        <message>
            <source>Batch %1 is already %2.</source>
            <translation>Партия %1 уже в состоянии «%2».</translation>
        </message>
        <message>
            <source>The batch cannot be accepted yet: %1</source>
            <translation>Партию пока нельзя принять: %1</translation>
        </message>
        <message>
            <source>Identifiers already used in accepted batches: %1.</source>
            <translation>Эти ШПИ уже использованы в принятых партиях: %1.</translation>
        </message>
        <message>
            <source>Batch %1, list %2</source>
            <translation>Партия %1, список № %2</translation>
        </message>
        <message>
            <source>The batch changed while it was being accepted: accept it again.</source>
            <translation>Партия изменилась во время приёма: примите её ещё раз.</translation>
        </message>
        <message>
            <source>Only a batch that is not yet received or accepted can be registered as received.</source>
            <translation>Зарегистрировать как поступившую можно только партию, которая ещё не поступила и не принята.</translation>
        </message>
        <message>
            <source>The client's contract does not provide for acceptance without the client: accept the batch with the client present.</source>
            <translation>Договор клиента не предусматривает приём без присутствия клиента: примите партию при клиенте.</translation>
        </message>
        <message>
            <source>Enter who collected the documents.</source>
            <translation>Укажите, кто получил документы.</translation>
        </message>
        <message>
            <source>Documents are handed back once, for an accepted batch.</source>
            <translation>Документы выдаются один раз и только по принятой партии.</translation>
        </message>
        <message>
            <source>Batch %1 does not exist.</source>
            <translation>Партии %1 нет в базе.</translation>
        </message>
        <message>
            <source>Identifier %1 is not in this batch.</source>
            <translation>Отправления с ШПИ %1 нет в этой партии.</translation>
        </message>
        <message>
            <source>Give the reason for the change (it is kept in the audit log).</source>
            <translation>Укажите причину изменения (она сохраняется в журнале аудита).</translation>
        </message>
        <message>
            <source>The item no longer exists.</source>
            <translation>Отправления больше нет в базе.</translation>
        </message>
        <message>
            <source>Only an accepted item of an accepted batch can be changed this way.</source>
            <translation>Так можно изменить только принятое отправление принятой партии.</translation>
        </message>
        <message>
            <source>Only an accepted batch can be voided.</source>
            <translation>Аннулировать можно только принятую партию.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Изменений нет.</translation>
        </message>
        <message>
            <source>The weight must be more than 0 g.</source>
            <translation>Вес должен быть больше 0 г.</translation>
        </message>
        <message>
            <source>Documents are printed for accepted batches only.</source>
            <translation>Документы печатаются только для принятых партий.</translation>
        </message>
        <message>
            <source>Item %1: unknown mail type, category or notice (%2).</source>
            <translation>Отправление № %1: неизвестный вид, категория или уведомление (%2).</translation>
        </message>
        <message>
            <source>Item %1: %2</source>
            <translation>Отправление № %1: %2</translation>
        </message>
        <message>
            <source>The batch is already %1: its items are no longer weighed.</source>
            <translation>Партия уже в состоянии «%1»: её отправления больше не взвешиваются.</translation>
        </message>
        <message>
            <source>This item is already accepted.</source>
            <translation>Это отправление уже принято.</translation>
        </message>
        <message>
            <source>Put at least one item on the scale; the weight must be more than 0 g.</source>
            <translation>Положите на весы хотя бы одно отправление; вес должен быть больше 0 г.</translation>
        </message>
        <message>
            <source>Some of the items are not in this batch.</source>
            <translation>Часть отправлений не относится к этой партии.</translation>
        </message>
        <message>
            <source>A pack may hold only identical simple items of one type and declared weight that are not yet accepted.</source>
            <translation>В пачке могут быть только одинаковые простые отправления одного вида и заявленного веса, ещё не принятые.</translation>
        </message>
        <message>
            <source>Only a weighed item that is not yet accepted can be decided on.</source>
            <translation>Решение принимается только по взвешенному и ещё не принятому отправлению.</translation>
        </message>
    </context>
    <context>
        <name>Identifiers</name>
        <message>
            <source>The identifier ranges of the client's contract have only %1 numbers left, %2 are needed: ask for a new range.</source>
            <translation>В диапазонах ШПИ по договору клиента осталось номеров: %1, а нужно: %2. Запросите новый диапазон.</translation>
        </message>
        <message>
            <source>Set the post office postcode (6 digits) in the workstation settings: identifiers start with it.</source>
            <translation>Укажите индекс ОПС (6 цифр) в настройках рабочего места: с него начинаются ШПИ.</translation>
        </message>
        <message>
            <source>The office's identifier ranges are exhausted.</source>
            <translation>Диапазоны ШПИ отделения исчерпаны.</translation>
        </message>
        <message>
            <source>No international (S10) identifiers of class «%1» are left: an administrator adds a range.</source>
            <translation>Не осталось международных идентификаторов (S10) класса «%1»: администратор должен добавить диапазон.</translation>
        </message>
        <message>
            <source>The range was not added.</source>
            <translation>Диапазон не добавлен.</translation>
        </message>
        <message>
            <source>The contract no longer exists.</source>
            <translation>Договора больше нет в базе.</translation>
        </message>
        <message>
            <source>This is a post office's own postcode: its numbers belong to the office's monthly ranges.</source>
            <translation>Это индекс самого отделения: его номера относятся к месячным диапазонам ОПС.</translation>
        </message>
        <message>
            <source>It overlaps a range already registered.</source>
            <translation>Он пересекается с уже зарегистрированным диапазоном.</translation>
        </message>
        <message>
            <source>A ШПИ range starts with 8 digits: the postcode and a month code from 01 to 99.</source>
            <translation>Диапазон ШПИ начинается с 8 цифр: индекс и код месяца от 01 до 99.</translation>
        </message>
        <message>
            <source>An S10 service indicator is two Latin letters, e.g. RA.</source>
            <translation>Индикатор услуги S10 — две латинские буквы, например RA.</translation>
        </message>
        <message>
            <source>The country code is two Latin letters, e.g. RU.</source>
            <translation>Код страны — две латинские буквы, например RU.</translation>
        </message>
        <message>
            <source>Serials run from %1 to %2, the first not after the last.</source>
            <translation>Номера — от %1 до %2, первый не больше последнего.</translation>
        </message>
    </context>
    <context>
        <name>Tariffs</name>
        <message>
            <source>The tariff «%1» has no price for %2 / %3.</source>
            <translation>В тарифе «%1» нет цены для %2 / %3.</translation>
        </message>
        <message>
            <source>An item without weight cannot be priced: weigh it first.</source>
            <translation>Отправление без веса нельзя тарифицировать: сначала взвесьте его.</translation>
        </message>
        <message>
            <source>%1 g is over the %2 g limit for this mail type: hand the item back.</source>
            <translation>%1 г превышает предельный вес %2 г для этого вида отправлений: верните отправление клиенту.</translation>
        </message>
        <message>
            <source>Tariff file %1: %2</source>
            <translation>Файл тарифов %1: %2</translation>
        </message>
        <message>
            <source>%1: «%2» must be a whole number of at least %3.</source>
            <translation>%1: «%2» должно быть целым числом не меньше %3.</translation>
        </message>
        <message>
            <source>%1: «%2» must be an amount in rubles written as text, e.g. "41.50".</source>
            <translation>%1: «%2» должно быть суммой в рублях, записанной строкой, например "41.50".</translation>
        </message>
        <message>
            <source>%1: «%2» must be a percentage from 0 to 100 written as text, e.g. "20".</source>
            <translation>%1: «%2» должно быть процентом от 0 до 100, записанным строкой, например "20".</translation>
        </message>
        <message>
            <source>rate %1</source>
            <translation>тариф № %1</translation>
        </message>
        <message>
            <source>%1: unknown fields %2.</source>
            <translation>%1: неизвестные поля %2.</translation>
        </message>
        <message>
            <source>%1: unknown mail type or category (%2).</source>
            <translation>%1: неизвестный вид или категория отправления (%2).</translation>
        </message>
        <message>
            <source>%1: list at least one category.</source>
            <translation>%1: укажите хотя бы одну категорию.</translation>
        </message>
        <message>
            <source>%1: the maximum weight is below the first weight step.</source>
            <translation>%1: предельный вес меньше первой весовой ступени.</translation>
        </message>
        <message>
            <source>not valid TOML (%1).</source>
            <translation>файл не в формате TOML (%1).</translation>
        </message>
        <message>
            <source>the [tariff] section is missing or has unknown fields.</source>
            <translation>раздел [tariff] отсутствует или содержит неизвестные поля.</translation>
        </message>
        <message>
            <source>[tariff] needs a «version» name.</source>
            <translation>в разделе [tariff] нужно название версии «version».</translation>
        </message>
        <message>
            <source>[tariff] needs «effective_from» as a date, e.g. 2026-01-01.</source>
            <translation>в разделе [tariff] нужна дата «effective_from», например 2026-01-01.</translation>
        </message>
        <message>
            <source>[tariff] must say «sample = true» or «sample = false».</source>
            <translation>в разделе [tariff] должно быть указано «sample = true» или «sample = false».</translation>
        </message>
        <message>
            <source>the [defaults] section has unknown fields.</source>
            <translation>раздел [defaults] содержит неизвестные поля.</translation>
        </message>
        <message>
            <source>the file has no [[rates]].</source>
            <translation>в файле нет ни одного раздела [[rates]].</translation>
        </message>
        <message>
            <source>%1 / %2 is priced twice.</source>
            <translation>для %1 / %2 цена указана дважды.</translation>
        </message>
        <message>
            <source>Two tariff versions start on the same day: keep only one.</source>
            <translation>Две версии тарифов вступают в силу в один день: оставьте только одну.</translation>
        </message>
        <message>
            <source>No tariff is in force on %1: add a tariff file that starts on or before that day.</source>
            <translation>На %1 нет действующих тарифов: добавьте файл тарифов, вступающий в силу не позднее этой даты.</translation>
        </message>
        <message>
            <source>Tariff version «%1» is no longer available.</source>
            <translation>Версия тарифов «%1» больше не доступна.</translation>
        </message>
    </context>
</TS>
