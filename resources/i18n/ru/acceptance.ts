<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AcceptFlow</name>
        <message>
            <source>Accepting… %p%</source>
            <translation>Приём партии… %p%</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>The batch cannot be accepted yet:</source>
            <translation>Партию пока нельзя принять:</translation>
        </message>
        <message>
            <source>Accept list %1 of %2?

Items: %3
Total: %4 (VAT %5)
Tariff: %6</source>
            <translation>Принять список %1 клиента %2?

Отправлений: %3
Итого: %4 (в т. ч. НДС %5)
Тариф: %6</translation>
        </message>
        <message>
            <source>Warning: the tariffs are a sample, not the official table.</source>
            <translation>Внимание: тарифы — образец, а не официальная таблица.</translation>
        </message>
        <message>
            <source>Accept the batch</source>
            <translation>Приём партии</translation>
        </message>
        <message>
            <source>The batch is accepted. Items: %1, total %2.</source>
            <translation>Партия принята. Отправлений: %1, итого %2.</translation>
        </message>
        <message numerus="yes">
            <source>It is handed over as %n lists (form 103): %1.</source>
            <translation>
                <numerusform>Она сдаётся по %n списку ф.103: %1.</numerusform>
                <numerusform>Она сдаётся по %n спискам ф.103: %1.</numerusform>
                <numerusform>Она сдаётся по %n спискам ф.103: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Acceptance cancelled: nothing was changed.</source>
            <translation>Приём отменён: ничего не изменено.</translation>
        </message>
        <message>
            <source>Accept without the client waiting</source>
            <translation>Принять без ожидания клиента</translation>
        </message>
        <message>
            <source>Register list %1 as received? The client may leave; any operator weighs and accepts the batch later, and the documents are handed back afterwards.</source>
            <translation>Зарегистрировать список %1 как принятый на хранение? Клиент может уйти: любой оператор взвесит и примет партию позже, а документы будут выданы потом.</translation>
        </message>
        <message>
            <source>The batch is in the queue of received batches.</source>
            <translation>Партия поставлена в очередь полученных партий.</translation>
        </message>
    </context>
    <context>
        <name>Acceptance</name>
        <message>
            <source>Wrong identifier check digit in items: %1.</source>
            <translation>Неверный контрольный разряд ШПИ у отправлений № %1.</translation>
        </message>
        <message>
            <source>Batch %1, list %2</source>
            <translation>Партия %1, список № %2</translation>
        </message>
        <message>
            <source>Another workstation has just accepted an item with one of these identifiers: nothing of this batch was accepted. Check the batch's identifiers and accept it again.</source>
            <translation>Другое рабочее место только что приняло отправление с одним из этих ШПИ: из этой партии ничего не принято. Проверьте ШПИ партии и примите её снова.</translation>
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
            <source>…and %1 more kinds of items that cannot be priced.</source>
            <translation>…и ещё видов отправлений, которые нельзя оценить по тарифу: %1.</translation>
        </message>
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
            <source> (items more like this one: %1)</source>
            <translation> (и ещё таких отправлений: %1)</translation>
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
            <source>Identifier %1 is not in this batch: it is in batch %2 (list № %3, %4).</source>
            <translation>Отправления с ШПИ %1 нет в этой партии: оно в партии %2 (список № %3, %4).</translation>
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
            <source>The batch is already accepted: its items change only by a correction or a void.</source>
            <translation>Партия уже принята: её отправления меняются только исправлением или аннулированием.</translation>
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
            <source>Batch %1 is already %2: its items can no longer be weighed or decided on. Reopen the batch to see its current state.</source>
            <translation>Партия %1 уже в состоянии «%2»: её отправления больше нельзя взвешивать и решать по ним. Откройте партию заново, чтобы увидеть её текущее состояние.</translation>
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
        <name>AcceptedView</name>
        <message>
            <source>← Batches (Esc)</source>
            <translation>← К партиям (Esc)</translation>
        </message>
        <message>
            <source>Documents (Ctrl+P opens the first)</source>
            <translation>Документы (Ctrl+P — первый из них)</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Действия начальника смены</translation>
        </message>
        <message>
            <source>Correct the item…</source>
            <translation>Исправить отправление…</translation>
        </message>
        <message>
            <source>Void the item…</source>
            <translation>Аннулировать отправление…</translation>
        </message>
        <message>
            <source>Void the whole batch…</source>
            <translation>Аннулировать всю партию…</translation>
        </message>
        <message>
            <source>%1 · list %2 · %3 %4</source>
            <translation>%1 · список %2 · %3 %4</translation>
        </message>
        <message>
            <source>Items: %1 · mass %2 g · without VAT %3 · VAT %4 · total %5</source>
            <translation>Отправлений: %1 · масса %2 г · без НДС %3 · НДС %4 · итого %5</translation>
        </message>
        <message numerus="yes">
            <source>All %n lists</source>
            <translation>
                <numerusform>Весь %n список</numerusform>
                <numerusform>Все %n списка</numerusform>
                <numerusform>Все %n списков</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The batch is handed over as %n lists (form 103), one per kind and category.</source>
            <translation>
                <numerusform>Партия сдаётся по %n списку ф.103: по одному на каждый вид и категорию.</numerusform>
                <numerusform>Партия сдаётся по %n спискам ф.103: по одному на каждый вид и категорию.</numerusform>
                <numerusform>Партия сдаётся по %n спискам ф.103: по одному на каждый вид и категорию.</numerusform>
            </translation>
        </message>
        <message>
            <source>№ %1 · %2 · %3 pcs · %4</source>
            <translation>№ %1 · %2 · %3 шт. · %4</translation>
        </message>
        <message>
            <source>Select an accepted item in the list first.</source>
            <translation>Сначала выберите в списке принятое отправление.</translation>
        </message>
        <message>
            <source>Void the item</source>
            <translation>Аннулирование отправления</translation>
        </message>
        <message>
            <source>Item № %1 (%2) is voided and its charge reversed in the client's record.</source>
            <translation>Отправление № %1 (%2) будет аннулировано, а плата за него сторнирована в учёте услуг клиента.</translation>
        </message>
        <message>
            <source>Void the whole batch</source>
            <translation>Аннулирование партии</translation>
        </message>
        <message>
            <source>Void every item of list %1? This cannot be undone.</source>
            <translation>Аннулировать все отправления списка %1? Это нельзя отменить.</translation>
        </message>
        <message>
            <source>Why is the batch voided?</source>
            <translation>Укажите, почему партия аннулируется.</translation>
        </message>
        <message>
            <source>Saved. The batch total changed by %1.</source>
            <translation>Сохранено. Сумма по партии изменилась на %1.</translation>
        </message>
    </context>
    <context>
        <name>BatchList</name>
        <message>
            <source>to weigh and accept</source>
            <translation>ждёт взвешивания и приёма</translation>
        </message>
        <message>
            <source>documents to hand back</source>
            <translation>ждёт выдачи документов</translation>
        </message>
    </context>
    <context>
        <name>BatchListPanel</name>
        <message>
            <source>Open (Enter)</source>
            <translation>Открыть (Enter)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Hand the documents back…</source>
            <translation>Выдать документы…</translation>
        </message>
        <message>
            <source>The client's batches (drafts, received, accepted):</source>
            <translation>Партии клиента (черновики, полученные, принятые):</translation>
        </message>
        <message>
            <source>Queue of batches received without the client waiting (all clients):</source>
            <translation>Очередь партий, принятых без ожидания клиента (все клиенты):</translation>
        </message>
        <message>
            <source>Select an accepted batch whose documents wait in the queue.</source>
            <translation>Выберите в очереди принятую партию, документы которой ждут выдачи.</translation>
        </message>
        <message>
            <source>The documents of list %1 (%2) are handed back.</source>
            <translation>Документы списка %1 (%2) выдаются.</translation>
        </message>
        <message>
            <source>The documents are handed back.</source>
            <translation>Документы выданы.</translation>
        </message>
    </context>
    <context>
        <name>BatchStates</name>
        <message>
            <source>draft</source>
            <translation>черновик</translation>
        </message>
        <message>
            <source>received, waiting</source>
            <translation>получена, ждёт приёма</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>принята</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>отклонена</translation>
        </message>
        <message>
            <source>voided</source>
            <translation>аннулирована</translation>
        </message>
        <message>
            <source>№ %1</source>
            <translation>№ %1</translation>
        </message>
        <message>
            <source>without a number</source>
            <translation>без номера</translation>
        </message>
    </context>
    <context>
        <name>BatchesModel</name>
        <message>
            <source>Batch</source>
            <translation>Партия</translation>
        </message>
        <message>
            <source>List №</source>
            <translation>Список №</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Отправлений</translation>
        </message>
        <message>
            <source>Mass, g</source>
            <translation>Масса, г</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Получена</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Принята</translation>
        </message>
    </context>
    <context>
        <name>ClientSearch</name>
        <message>
            <source>Find a client: name or INN</source>
            <translation>Поиск клиента: название или ИНН</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Item № %1 (%2). Fix what the list declared; the reason is kept in the audit log.</source>
            <translation>Отправление № %1 (%2). Исправьте заявленные в списке данные; причина сохраняется в журнале аудита.</translation>
        </message>
        <message>
            <source>Item № %1 (%2). The item is re-priced under the tariff it was accepted with.</source>
            <translation>Отправление № %1 (%2). Плата будет пересчитана по тарифам, действовавшим при приёме.</translation>
        </message>
        <message>
            <source>Fix the declared data</source>
            <translation>Исправить заявленные данные</translation>
        </message>
        <message>
            <source>Correct the item</source>
            <translation>Исправление отправления</translation>
        </message>
        <message>
            <source> g</source>
            <translation> г</translation>
        </message>
        <message>
            <source>Inventory of contents (ф.107)</source>
            <translation>Опись вложения (ф.107)</translation>
        </message>
        <message>
            <source>SMS notice</source>
            <translation>СМС-уведомление</translation>
        </message>
        <message>
            <source>Mass:</source>
            <translation>Масса:</translation>
        </message>
        <message>
            <source>Declared value, ₽:</source>
            <translation>Объявленная ценность, ₽:</translation>
        </message>
        <message>
            <source>Cash on delivery, ₽:</source>
            <translation>Наложенный платёж, ₽:</translation>
        </message>
        <message>
            <source>Notice:</source>
            <translation>Уведомление:</translation>
        </message>
        <message>
            <source>Recipient:</source>
            <translation>Получатель:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Адрес:</translation>
        </message>
        <message>
            <source>Postcode:</source>
            <translation>Индекс:</translation>
        </message>
        <message>
            <source>Enter an amount in rubles, e.g. 1500 or 1500,50.</source>
            <translation>Введите сумму в рублях, например 1500 или 1500,50.</translation>
        </message>
        <message>
            <source>Cash on delivery needs a declared value.</source>
            <translation>Наложенный платёж возможен только с объявленной ценностью.</translation>
        </message>
        <message>
            <source>Cash on delivery cannot be more than the declared value.</source>
            <translation>Наложенный платёж не может быть больше объявленной ценности.</translation>
        </message>
        <message>
            <source>An inventory needs a declared value.</source>
            <translation>Опись вложения возможна только с объявленной ценностью.</translation>
        </message>
        <message>
            <source>A postcode has six digits.</source>
            <translation>Индекс состоит из шести цифр.</translation>
        </message>
    </context>
    <context>
        <name>DiscrepancyPanel</name>
        <message>
            <source>Take the actual weight</source>
            <translation>Принять фактический вес</translation>
        </message>
        <message>
            <source>The item is priced by the weighed mass</source>
            <translation>Плата будет рассчитана по фактической массе</translation>
        </message>
        <message>
            <source>Hand the item back</source>
            <translation>Вернуть отправление</translation>
        </message>
        <message>
            <source>The item is returned to the client and not accepted</source>
            <translation>Отправление возвращается клиенту и не принимается</translation>
        </message>
        <message>
            <source>Item № %1: declared %2 g, weighed %3 g (%4 g).</source>
            <translation>Отправление № %1: заявлено %2 г, взвешено %3 г (%4 г).</translation>
        </message>
        <message>
            <source>Allowed: ±%1 g.</source>
            <translation>Допуск: ±%1 г.</translation>
        </message>
        <message>
            <source>The pack of %1 items: declared %2 g, weighed %3 g (%4 g). Allowed: ±%5 g.</source>
            <translation>Пачка из %1 отпр.: заявлено %2 г, взвешено %3 г (%4 г). Допуск: ±%5 г.</translation>
        </message>
        <message>
            <source>Weight outside the tolerance.</source>
            <translation>Вес вне допуска.</translation>
        </message>
    </context>
    <context>
        <name>DraftActions</name>
        <message>
            <source>Choose the item first (scan its identifier).</source>
            <translation>Сначала выберите отправление (отсканируйте его ШПИ).</translation>
        </message>
        <message>
            <source>Remove the item from the list</source>
            <translation>Исключить отправление из списка</translation>
        </message>
        <message>
            <source>Item № %1 (%2) is taken out of this list: it is not handed in.</source>
            <translation>Отправление № %1 (%2) исключается из списка: оно не сдаётся.</translation>
        </message>
        <message>
            <source>Item № %1 is removed from the list.</source>
            <translation>Отправление № %1 исключено из списка.</translation>
        </message>
        <message>
            <source>Hand the item back</source>
            <translation>Вернуть отправление</translation>
        </message>
        <message>
            <source>Item № %1 (%2) is returned to the client and not accepted.</source>
            <translation>Отправление № %1 (%2) возвращается клиенту и не принимается.</translation>
        </message>
        <message>
            <source>Item № %1 is handed back.</source>
            <translation>Отправление № %1 возвращено клиенту.</translation>
        </message>
        <message>
            <source>Item № %1 is fixed.</source>
            <translation>Данные отправления № %1 исправлены.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>Identifiers</name>
        <message>
            <source>The office's ШПИ numbers %1 are registered as a contract's range (range %2): the office cannot use them. An administrator corrects the ranges.</source>
            <translation>Номера ШПИ отделения %1 зарегистрированы как диапазон договора (диапазон %2): отделение не может их использовать. Диапазоны исправляет администратор.</translation>
        </message>
        <message>
            <source>The identifier ranges changed meanwhile: try again.</source>
            <translation>Диапазоны ШПИ тем временем изменились: повторите.</translation>
        </message>
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
        <name>ItemChoice</name>
        <message>
            <source>Found: item № %1. Put it on the scale.</source>
            <translation>Найдено: отправление № %1. Положите его на весы.</translation>
        </message>
        <message>
            <source>Every item is weighed.</source>
            <translation>Все отправления взвешены.</translation>
        </message>
    </context>
    <context>
        <name>ItemStates</name>
        <message>
            <source>not weighed</source>
            <translation>не взвешено</translation>
        </message>
        <message>
            <source>discrepancy: decide</source>
            <translation>ждёт решения по весу</translation>
        </message>
        <message>
            <source>within tolerance</source>
            <translation>в пределах допуска</translation>
        </message>
        <message>
            <source>actual weight taken</source>
            <translation>принят фактический вес</translation>
        </message>
        <message>
            <source>handed back</source>
            <translation>возвращено клиенту</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>принято</translation>
        </message>
        <message>
            <source>voided</source>
            <translation>аннулировано</translation>
        </message>
    </context>
    <context>
        <name>ItemTableModel</name>
        <message>
            <source>№</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>ШПИ</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <source>Declared, g</source>
            <translation>Заявлено, г</translation>
        </message>
        <message>
            <source>Weighed, g</source>
            <translation>Взвешено, г</translation>
        </message>
        <message>
            <source>Difference, g</source>
            <translation>Разница, г</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Вручную</translation>
        </message>
        <message>
            <source>The weight was entered by hand</source>
            <translation>Вес введён вручную</translation>
        </message>
        <message>
            <source>(assigned at acceptance)</source>
            <translation>(присвоится при приёме)</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>вручную</translation>
        </message>
    </context>
    <context>
        <name>ListClient</name>
        <message>
            <source>INN %1</source>
            <translation>ИНН %1</translation>
        </message>
        <message>
            <source>KPP %1</source>
            <translation>КПП %1</translation>
        </message>
        <message>
            <source>The list's title names «%1», not the chosen client %2 (INN %3).</source>
            <translation>В заголовке списка указан «%1», а не выбранный клиент %2 (ИНН %3).</translation>
        </message>
        <message>
            <source>That is the client %1 (INN %2).</source>
            <translation>Это клиент %1 (ИНН %2).</translation>
        </message>
    </context>
    <context>
        <name>ManualWeightDialog</name>
        <message>
            <source>Manual weight</source>
            <translation>Ввод веса вручную</translation>
        </message>
        <message>
            <source>Item № %1 (%2), declared %3 g. The weight will be marked as entered by hand.</source>
            <translation>Отправление № %1 (%2), заявлено %3 г. Вес будет отмечен как введённый вручную.</translation>
        </message>
        <message>
            <source>Weight, g:</source>
            <translation>Вес, г:</translation>
        </message>
    </context>
    <context>
        <name>PackDialog</name>
        <message>
            <source>Weigh a pack</source>
            <translation>Взвешивание пачки</translation>
        </message>
        <message>
            <source>Identical simple letters are weighed as one stack, starting with the selected item. Put the stack on the scale after OK, or type its total weight.</source>
            <translation>Одинаковые простые письма взвешиваются одной пачкой, начиная с выбранного отправления. После «ОК» положите пачку на весы или введите её общий вес.</translation>
        </message>
        <message>
            <source>Items in the stack:</source>
            <translation>Писем в пачке:</translation>
        </message>
        <message>
            <source>Type the total weight (no scale)</source>
            <translation>Ввести общий вес вручную (без весов)</translation>
        </message>
        <message>
            <source>Total weight, g:</source>
            <translation>Общий вес, г:</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Waiting</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <source>Waiting since</source>
            <translation>Ожидает с</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>List №</source>
            <translation>Список №</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Отправлений</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Reason:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <source>Give the reason: it is kept in the audit log.</source>
            <translation>Укажите причину: она сохраняется в журнале аудита.</translation>
        </message>
    </context>
    <context>
        <name>RecipientDialog</name>
        <message>
            <source>Hand the documents back</source>
            <translation>Выдача документов</translation>
        </message>
        <message>
            <source>Received by (name):</source>
            <translation>Получил (Ф. И. О.):</translation>
        </message>
        <message>
            <source>Enter the name of the person who takes the documents.</source>
            <translation>Укажите Ф. И. О. того, кто получает документы.</translation>
        </message>
    </context>
    <context>
        <name>ScaleSimulatorWindow</name>
        <message>
            <source>Scale simulator (demo)</source>
            <translation>Симулятор весов (демо)</translation>
        </message>
        <message>
            <source>Not a real scale: a simulated Massa-K on %1 for trying the counter out.</source>
            <translation>Это не настоящие весы, а симулятор весов «Масса-К» на %1 для знакомства с программой.</translation>
        </message>
        <message>
            <source> g</source>
            <translation> г</translation>
        </message>
        <message>
            <source>Put on (Ctrl+P)</source>
            <translation>Положить (Ctrl+P)</translation>
        </message>
        <message>
            <source>A letter of random weight (Ctrl+R)</source>
            <translation>Письмо случайного веса (Ctrl+R)</translation>
        </message>
        <message>
            <source>Take off (Ctrl+E)</source>
            <translation>Снять (Ctrl+E)</translation>
        </message>
        <message>
            <source>Swaying (unstable)</source>
            <translation>Качается (нестабильно)</translation>
        </message>
        <message>
            <source>Overload</source>
            <translation>Перегрузка</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Вес:</translation>
        </message>
    </context>
    <context>
        <name>SummaryPanel</name>
        <message>
            <source>Tariffs — sample: an administrator must replace them with the official table.</source>
            <translation>Тарифы — образец: администратор должен заменить их официальной таблицей.</translation>
        </message>
        <message>
            <source>Items to accept:</source>
            <translation>К приёму отправлений:</translation>
        </message>
        <message>
            <source>Postage:</source>
            <translation>Плата за пересылку:</translation>
        </message>
        <message>
            <source>Discount:</source>
            <translation>Скидка:</translation>
        </message>
        <message>
            <source>Other fees:</source>
            <translation>Прочие сборы:</translation>
        </message>
        <message>
            <source>VAT:</source>
            <translation>НДС:</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Итого:</translation>
        </message>
        <message>
            <source>Tariff:</source>
            <translation>Тарифы:</translation>
        </message>
        <message>
            <source>Weighed %1 of %2 · ready %3 · handed back %4 · to decide %5 · not weighed %6</source>
            <translation>Взвешено %1 из %2 · готово %3 · возвращено %4 · ждут решения %5 · не взвешено %6</translation>
        </message>
        <message>
            <source>%1, from %2</source>
            <translation>%1, с %2</translation>
        </message>
    </context>
    <context>
        <name>Tariffs</name>
        <message>
            <source>The tariff «%1» has no price for «%2».</source>
            <translation>В тарифе «%1» нет цены для вида «%2».</translation>
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
    <context>
        <name>WeighingLayout</name>
        <message>
            <source>← Batches (Esc)</source>
            <translation>← К партиям (Esc)</translation>
        </message>
        <message>
            <source>Scan or type the identifier and press Enter (F2)</source>
            <translation>Отсканируйте или введите ШПИ и нажмите Enter (F2)</translation>
        </message>
        <message>
            <source>Step through the list in order</source>
            <translation>Идти по списку по порядку</translation>
        </message>
        <message>
            <source>All items</source>
            <translation>Все отправления</translation>
        </message>
        <message>
            <source>Not weighed</source>
            <translation>Не взвешенные</translation>
        </message>
        <message>
            <source>Discrepancies</source>
            <translation>Расхождения</translation>
        </message>
        <message>
            <source>Weigh again (F5)</source>
            <translation>Взвесить заново (F5)</translation>
        </message>
        <message>
            <source>Manual weight… (F8)</source>
            <translation>Вес вручную… (F8)</translation>
        </message>
        <message>
            <source>Weigh a pack… (F9)</source>
            <translation>Взвесить пачку… (F9)</translation>
        </message>
        <message>
            <source>Hand back… (F7)</source>
            <translation>Вернуть… (F7)</translation>
        </message>
        <message>
            <source>Return the selected item to the client; it is not accepted</source>
            <translation>Вернуть выбранное отправление клиенту; оно не принимается</translation>
        </message>
        <message>
            <source>Fix… (Ctrl+E)</source>
            <translation>Исправить… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Fix the declared data of the selected item before acceptance</source>
            <translation>Исправить заявленные данные выбранного отправления до приёма</translation>
        </message>
        <message>
            <source>Remove… (Ctrl+Del)</source>
            <translation>Исключить… (Ctrl+Del)</translation>
        </message>
        <message>
            <source>Take the selected item out of the list: it is not handed in</source>
            <translation>Исключить выбранное отправление из списка: оно не сдаётся</translation>
        </message>
        <message>
            <source>Accept batch (Ctrl+Enter)</source>
            <translation>Принять партию (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Accept without the client waiting</source>
            <translation>Принять без ожидания клиента</translation>
        </message>
        <message>
            <source>Register the batch as received: any operator accepts it later (if the contract allows)</source>
            <translation>Зарегистрировать партию как полученную: любой оператор примет её позже (если это предусмотрено договором)</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Показать:</translation>
        </message>
    </context>
    <context>
        <name>WeighingView</name>
        <message numerus="yes">
            <source>%1 · list %2 · %3 · %n item(s)</source>
            <translation>
                <numerusform>%1 · список %2 · %3 · %n отправление</numerusform>
                <numerusform>%1 · список %2 · %3 · %n отправления</numerusform>
                <numerusform>%1 · список %2 · %3 · %n отправлений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Put the pack of %n item(s) on the scale.</source>
            <translation>
                <numerusform>Положите на весы пачку из %n письма.</numerusform>
                <numerusform>Положите на весы пачку из %n писем.</numerusform>
                <numerusform>Положите на весы пачку из %n писем.</numerusform>
            </translation>
        </message>
        <message>
            <source>Scan the next item (or choose it in the list).</source>
            <translation>Отсканируйте следующее отправление (или выберите его в списке).</translation>
        </message>
        <message>
            <source>On the scale: item № %1 (%2), declared %3 g</source>
            <translation>На весах: отправление № %1 (%2), заявлено %3 г</translation>
        </message>
        <message numerus="yes">
            <source>Handed back: %n item(s).</source>
            <translation>
                <numerusform>Возвращено клиенту: %n отправление.</numerusform>
                <numerusform>Возвращено клиенту: %n отправления.</numerusform>
                <numerusform>Возвращено клиенту: %n отправлений.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The actual weight is taken: %n item(s).</source>
            <translation>
                <numerusform>Принят фактический вес: %n отправление.</numerusform>
                <numerusform>Принят фактический вес: %n отправления.</numerusform>
                <numerusform>Принят фактический вес: %n отправлений.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the first letter of the stack in the list.</source>
            <translation>Выберите в списке первое письмо пачки.</translation>
        </message>
        <message numerus="yes">
            <source>The pack of %n item(s) is within the tolerance.</source>
            <translation>
                <numerusform>Пачка из %n письма в пределах допуска.</numerusform>
                <numerusform>Пачка из %n писем в пределах допуска.</numerusform>
                <numerusform>Пачка из %n писем в пределах допуска.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WeightEntry</name>
        <message>
            <source>Scan the item's identifier before putting it on the scale.</source>
            <translation>Сначала отсканируйте ШПИ отправления, потом кладите его на весы.</translation>
        </message>
        <message>
            <source>Item № %1: the weight is outside the tolerance.</source>
            <translation>Отправление № %1: вес вне допуска.</translation>
        </message>
        <message>
            <source>Item № %1 weighed: %2 g.</source>
            <translation>Отправление № %1 взвешено: %2 г.</translation>
        </message>
        <message>
            <source>Weigh again</source>
            <translation>Взвесить заново</translation>
        </message>
        <message>
            <source>Item № %1 has a weight entered by hand, %2 g. Replace it with the weight on the scale?</source>
            <translation>У отправления № %1 вес введён вручную: %2 г. Заменить его весом с весов?</translation>
        </message>
        <message>
            <source>Choose the item first (scan its identifier).</source>
            <translation>Сначала выберите отправление (отсканируйте его ШПИ).</translation>
        </message>
    </context>
</TS>
