<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AdmissionBanner</name>
        <message>
            <source>No contract: a cash client. Payment at the counter, %1, no contract discount.</source>
            <translation>Договора нет: клиент за наличный расчёт. Оплата в окне, %1, без скидки по договору.</translation>
        </message>
        <message>
            <source>The contract does not allow this batch: %1</source>
            <translation>Договор не позволяет принять эту партию: %1</translation>
        </message>
        <message>
            <source>Contract %1, credit: balance %2, limit %3, overdue %4; this batch about %5.</source>
            <translation>Договор %1, постоплата: сальдо %2, лимит %3, просрочено %4; эта партия около %5.</translation>
        </message>
        <message>
            <source>Contract %1, prepaid: balance %2; this batch about %3.</source>
            <translation>Договор %1, аванс: сальдо %2; эта партия около %3.</translation>
        </message>
    </context>
    <context>
        <name>DebtorsPage</name>
        <message>
            <source>Debtors</source>
            <translation>Должники</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Оплаты</translation>
        </message>
    </context>
    <context>
        <name>DebtorsTab</name>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>Debt</source>
            <translation>Долг</translation>
        </message>
        <message>
            <source>Not due</source>
            <translation>Срок не наступил</translation>
        </message>
        <message>
            <source>0–30 days</source>
            <translation>0–30 дней</translation>
        </message>
        <message>
            <source>31–60 days</source>
            <translation>31–60 дней</translation>
        </message>
        <message>
            <source>61–90 days</source>
            <translation>61–90 дней</translation>
        </message>
        <message>
            <source>Over 90 days</source>
            <translation>Свыше 90 дней</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Кредитный лимит</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Reminder letters…</source>
            <translation>Письма-напоминания…</translation>
        </message>
        <message>
            <source>One PDF letter per client with an overdue debt not reminded recently</source>
            <translation>По одному письму в PDF каждому клиенту с просроченным долгом, которому давно не напоминали</translation>
        </message>
        <message>
            <source>Reconciliation statement…</source>
            <translation>Акт сверки…</translation>
        </message>
        <message>
            <source>prepaid</source>
            <translation>аванс</translation>
        </message>
        <message>
            <source>Debtors: %1, debt %2, overdue %3</source>
            <translation>Должников: %1, долг %2, просрочено %3</translation>
        </message>
        <message>
            <source>Folder for the reminder letters</source>
            <translation>Папка для писем-напоминаний</translation>
        </message>
        <message>
            <source>Reminder letters written: %1 (in %2).</source>
            <translation>Подготовлено писем-напоминаний: %1 (в папке %2).</translation>
        </message>
        <message>
            <source>Select a debtor first.</source>
            <translation>Сначала выберите должника.</translation>
        </message>
        <message>
            <source>Save the reconciliation statement</source>
            <translation>Сохранить акт сверки</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Сохранено: %1</translation>
        </message>
    </context>
    <context>
        <name>ListDelivery</name>
        <message>
            <source>No contract in force: the list is taken as from a cash client.</source>
            <translation>Действующего договора нет: список принимается как от клиента за наличный расчёт.</translation>
        </message>
        <message>
            <source>electronically</source>
            <translation>в электронном виде</translation>
        </message>
        <message>
            <source>on a flash drive</source>
            <translation>на флешке</translation>
        </message>
        <message>
            <source>Contract %1 states no way of delivering lists.</source>
            <translation>В договоре %1 способ передачи списков не указан.</translation>
        </message>
        <message>
            <source>Contract %1: lists are delivered %2.</source>
            <translation>Договор %1: списки передаются %2.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> или </translation>
        </message>
        <message>
            <source>as a file, not on a flash drive</source>
            <translation>файлом, а не на флешке</translation>
        </message>
        <message>
            <source>List delivered another way</source>
            <translation>Список передан иначе</translation>
        </message>
        <message>
            <source>The list came %1, which contract %2 does not provide for. Take it anyway?</source>
            <translation>Список передан %1, а договор %2 этого не предусматривает. Всё равно принять?</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>The amount must be a positive number of rubles, e.g. 1500.50: %1</source>
            <translation>Сумма должна быть положительным числом рублей, например 1500.50: %1</translation>
        </message>
        <message>
            <source>The date must be YYYY-MM-DD: %1</source>
            <translation>Дата должна быть в виде ГГГГ-ММ-ДД: %1</translation>
        </message>
        <message>
            <source>Cannot read the statement %1: %2</source>
            <translation>Не удаётся прочитать выписку %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a folder.</source>
            <translation>%1 — не папка.</translation>
        </message>
        <message>
            <source>The contract no longer exists.</source>
            <translation>Договор больше не существует.</translation>
        </message>
        <message>
            <source>An opening balance of zero changes nothing.</source>
            <translation>Нулевое начальное сальдо ничего не меняет.</translation>
        </message>
        <message>
            <source>The batch cannot be accepted under the contract: %1 A supervisor may accept it with a reason.</source>
            <translation>Партию нельзя принять по договору: %1 Руководитель может принять её, указав причину.</translation>
        </message>
        <message>
            <source>Contract %1 is not active.</source>
            <translation>Договор %1 не действует.</translation>
        </message>
        <message>
            <source>Contract %1 starts on %2.</source>
            <translation>Договор %1 начинает действовать %2.</translation>
        </message>
        <message>
            <source>Contract %1 ended on %2.</source>
            <translation>Срок договора %1 истёк %2.</translation>
        </message>
        <message>
            <source>Contract %1 does not include batch mail.</source>
            <translation>Договор %1 не предусматривает партионную почту.</translation>
        </message>
        <message>
            <source>The prepayment does not cover the batch: balance %1, batch %2, missing %3.</source>
            <translation>Аванс не покрывает партию: сальдо %1, партия %2, не хватает %3.</translation>
        </message>
        <message>
            <source>Debt %1 plus the batch %2 exceeds the credit limit %3 by %4.</source>
            <translation>Долг %1 вместе с партией %2 превышает кредитный лимит %3 на %4.</translation>
        </message>
        <message>
            <source>Invoices of %1 are overdue beyond the %2-day payment term.</source>
            <translation>Счета на %1 не оплачены в срок (срок оплаты %2 дн.).</translation>
        </message>
        <message>
            <source>Give the reason for accepting despite the contract (at least 3 characters).</source>
            <translation>Укажите причину приёма вопреки условиям договора (не короче 3 символов).</translation>
        </message>
        <message>
            <source>The batch no longer exists.</source>
            <translation>Партия больше не существует.</translation>
        </message>
        <message>
            <source>No client with INN %1.</source>
            <translation>Клиента с ИНН %1 нет.</translation>
        </message>
        <message>
            <source>Client %1 (INN %2) has no contract.</source>
            <translation>У клиента %1 (ИНН %2) нет договора.</translation>
        </message>
        <message>
            <source>A payment amount must be more than zero.</source>
            <translation>Сумма оплаты должна быть больше нуля.</translation>
        </message>
        <message>
            <source>The payment or the contract no longer exists.</source>
            <translation>Оплата или договор больше не существуют.</translation>
        </message>
        <message>
            <source>The payment is already credited to a contract.</source>
            <translation>Оплата уже зачислена по договору.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Период заканчивается раньше, чем начинается.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Строка %1: %2</translation>
        </message>
        <message>
            <source>The bank statement cannot be imported. %1</source>
            <translation>Банковскую выписку нельзя загрузить. %1</translation>
        </message>
        <message>
            <source>the date is not DD.MM.YYYY.</source>
            <translation>дата не в виде ДД.ММ.ГГГГ.</translation>
        </message>
        <message>
            <source>the amount is not a number.</source>
            <translation>сумма — не число.</translation>
        </message>
        <message>
            <source>the amount must be positive, in rubles and kopecks.</source>
            <translation>сумма должна быть положительной, в рублях и копейках.</translation>
        </message>
        <message>
            <source>It does not start with 1CClientBankExchange.</source>
            <translation>Файл не начинается со строки 1CClientBankExchange.</translation>
        </message>
        <message>
            <source>The file is cut short inside a document (no КонецДокумента).</source>
            <translation>Файл оборван внутри документа (нет КонецДокумента).</translation>
        </message>
        <message>
            <source>The file is cut short (no КонецФайла at the end).</source>
            <translation>Файл оборван (в конце нет КонецФайла).</translation>
        </message>
        <message>
            <source>there is text after КонецФайла.</source>
            <translation>после КонецФайла есть текст.</translation>
        </message>
        <message>
            <source>a document starts before the previous one ended.</source>
            <translation>документ начинается раньше, чем закончился предыдущий.</translation>
        </message>
        <message>
            <source>КонецДокумента without СекцияДокумент.</source>
            <translation>КонецДокумента без СекцияДокумент.</translation>
        </message>
        <message>
            <source>the file ends inside a document.</source>
            <translation>файл заканчивается внутри документа.</translation>
        </message>
        <message>
            <source>the document has no %1.</source>
            <translation>в документе нет поля %1.</translation>
        </message>
        <message>
            <source>the payer's INN is not 10 or 12 digits.</source>
            <translation>ИНН плательщика — не 10 и не 12 цифр.</translation>
        </message>
    </context>
    <context>
        <name>Override</name>
        <message>
            <source>Accept despite the contract</source>
            <translation>Принять вопреки договору</translation>
        </message>
        <message>
            <source>Reason for accepting anyway (kept in the audit log):</source>
            <translation>Причина приёма (сохраняется в журнале аудита):</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Enter a payment</source>
            <translation>Ввести оплату</translation>
        </message>
        <message>
            <source>Client INN:</source>
            <translation>ИНН клиента:</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Сумма:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Payment order №:</source>
            <translation>Платёжное поручение №:</translation>
        </message>
    </context>
    <context>
        <name>PaymentsTab</name>
        <message>
            <source>Enter a payment…</source>
            <translation>Ввести оплату…</translation>
        </message>
        <message>
            <source>Import a bank statement…</source>
            <translation>Загрузить банковскую выписку…</translation>
        </message>
        <message>
            <source>Assign to a client…</source>
            <translation>Зачислить клиенту…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>№</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Плательщик</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Назначение платежа</translation>
        </message>
        <message>
            <source>Payments from statements not matched to a contract:</source>
            <translation>Оплаты из выписок, не сопоставленные с договором:</translation>
        </message>
        <message>
            <source>Payment of %1 credited to contract %2.</source>
            <translation>Оплата %1 зачислена по договору %2.</translation>
        </message>
        <message>
            <source>Bank statement (1CClientBankExchange)</source>
            <translation>Банковская выписка (1CClientBankExchange)</translation>
        </message>
        <message>
            <source>Statements (*.txt);;All files (*)</source>
            <translation>Выписки (*.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Statement imported: documents %1, matched %2, to assign %3, already imported %4.</source>
            <translation>Выписка загружена: документов %1, зачислено %2, к разнесению %3, загружено ранее %4.</translation>
        </message>
        <message>
            <source>Select a payment first.</source>
            <translation>Сначала выберите оплату.</translation>
        </message>
        <message>
            <source>Assign the payment</source>
            <translation>Зачислить оплату</translation>
        </message>
        <message>
            <source>INN of the client whose current contract gets %1:</source>
            <translation>ИНН клиента, по действующему договору которого зачислить %1:</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Debt reminder: %1 owed, pay by %2</source>
            <translation>Напоминание о долге: %1, оплатить до %2</translation>
        </message>
    </context>
</TS>
