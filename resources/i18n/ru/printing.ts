<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Cli</name>
        <message>
            <source>--list picks one of the batch's lists: it is for the f103 form only.</source>
            <translation>--list выбирает один из списков партии: он только для формы f103.</translation>
        </message>
    </context>
    <context>
        <name>PrintForms</name>
        <message>
            <source>List of items (form 103)</source>
            <translation>Список ф.103</translation>
        </message>
        <message>
            <source>Address labels (form 7-p)</source>
            <translation>Адресные ярлыки ф.7-п</translation>
        </message>
        <message>
            <source>Accompanying address (form 116)</source>
            <translation>Сопроводительные адреса ф.116</translation>
        </message>
        <message>
            <source>Inventory of contents (form 107)</source>
            <translation>Описи вложения ф.107</translation>
        </message>
        <message>
            <source>Notices of delivery (form 119)</source>
            <translation>Уведомления о вручении ф.119</translation>
        </message>
        <message>
            <source>Money orders (form 112EP)</source>
            <translation>Почтовые переводы ф.112ЭП</translation>
        </message>
        <message>
            <source>Acceptance receipt</source>
            <translation>Квитанция о приёме</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <source>Preparing the document...</source>
            <translation>Документ готовится…</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF...</source>
            <translation>&amp;Сохранить в PDF…</translation>
        </message>
        <message>
            <source>Fit &amp;width</source>
            <translation>По &amp;ширине</translation>
        </message>
        <message>
            <source>Cancel printing</source>
            <translation>Отменить печать</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n страница</numerusform>
                <numerusform>%n страницы</numerusform>
                <numerusform>%n страниц</numerusform>
            </translation>
        </message>
        <message>
            <source>The document could not be prepared.</source>
            <translation>Документ подготовить не удалось.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message numerus="yes">
            <source>Sent to the printer: %n page(s).</source>
            <translation>
                <numerusform>Отправлена на принтер %n страница.</numerusform>
                <numerusform>Отправлено на принтер %n страницы.</numerusform>
                <numerusform>Отправлено на принтер %n страниц.</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer could not print the document: %1</source>
            <translation>Принтер не смог напечатать документ: %1</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Сохранить в PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Сохранено в файл %1</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Не удалось записать файл: %1</translation>
        </message>
    </context>
    <context>
        <name>PrintSettings</name>
        <message>
            <source>Printer test page</source>
            <translation>Пробная страница принтера</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>System default printer</source>
            <translation>Принтер по умолчанию</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> мм</translation>
        </message>
        <message>
            <source>Test page for forms (A4)</source>
            <translation>Пробная страница для бланков (A4)</translation>
        </message>
        <message>
            <source>Test page for labels</source>
            <translation>Пробная страница для ярлыков</translation>
        </message>
        <message>
            <source>Save print settings</source>
            <translation>Сохранить настройки печати</translation>
        </message>
        <message>
            <source>Print settings saved.</source>
            <translation>Настройки печати сохранены.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>The batch has no list № %1; its lists: %2.</source>
            <translation>В партии нет списка № %1; её списки: %2.</translation>
        </message>
        <message>
            <source>No item of this batch has an inventory of contents (form 107).</source>
            <translation>В партии нет отправлений с описью вложения (ф.107).</translation>
        </message>
        <message>
            <source>No item of this batch has a paper notice of delivery (form 119).</source>
            <translation>В партии нет отправлений с бумажным уведомлением о вручении (ф.119).</translation>
        </message>
        <message>
            <source>No item of this batch has cash on delivery: there is no money order (form 112EP) to print.</source>
            <translation>В партии нет отправлений с наложенным платежом: печатать бланк перевода ф.112ЭП не для чего.</translation>
        </message>
        <message>
            <source>The batch has no items to print.</source>
            <translation>В партии нет отправлений для печати.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Printer for lists and forms (empty: default)</source>
            <translation>Принтер для списков и бланков (пусто — по умолчанию)</translation>
        </message>
        <message>
            <source>Printer for address labels (empty: default)</source>
            <translation>Принтер для адресных ярлыков (пусто — по умолчанию)</translation>
        </message>
        <message>
            <source>Label stock size, mm</source>
            <translation>Размер ярлыка, мм</translation>
        </message>
        <message>
            <source>Forms printer: shift right, mm</source>
            <translation>Принтер бланков: сдвиг вправо, мм</translation>
        </message>
        <message>
            <source>Forms printer: shift down, mm</source>
            <translation>Принтер бланков: сдвиг вниз, мм</translation>
        </message>
        <message>
            <source>Label printer: shift right, mm</source>
            <translation>Принтер ярлыков: сдвиг вправо, мм</translation>
        </message>
        <message>
            <source>Label printer: shift down, mm</source>
            <translation>Принтер ярлыков: сдвиг вниз, мм</translation>
        </message>
        <message>
            <source>Barcode on address labels (form 7-p)</source>
            <translation>Штрихкод на адресных ярлыках (ф.7-п)</translation>
        </message>
        <message>
            <source>Barcode on form 116</source>
            <translation>Штрихкод на ф.116</translation>
        </message>
        <message>
            <source>Barcode on inventories (form 107)</source>
            <translation>Штрихкод на описях вложения (ф.107)</translation>
        </message>
        <message>
            <source>Barcode on notices (form 119)</source>
            <translation>Штрихкод на уведомлениях (ф.119)</translation>
        </message>
        <message>
            <source>Barcode on money orders (form 112EP)</source>
            <translation>Штрихкод на бланках переводов (ф.112ЭП)</translation>
        </message>
    </context>
</TS>
