<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
            <source>Unknown table «%1»: choose tariffs, delivery, schedule or forms.</source>
            <translation>Неизвестная таблица «%1»: укажите tariffs, delivery, schedule или forms.</translation>
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
</TS>
