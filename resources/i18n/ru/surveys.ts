<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>Questionnaire: %1</source>
            <translation>Анкета: %1</translation>
        </message>
        <message>
            <source>INN, or empty for a walk-in visitor</source>
            <translation>ИНН или пусто для посетителя без договора</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Клиент:</translation>
        </message>
        <message>
            <source>&amp;Who answers:</source>
            <translation>Кто &amp;отвечает:</translation>
        </message>
        <message>
            <source>The client agrees: put it in the feedback register as</source>
            <translation>Клиент согласен: зарегистрировать в реестре обращений как</translation>
        </message>
        <message>
            <source>a complaint</source>
            <translation>жалобу</translation>
        </message>
        <message>
            <source>a suggestion</source>
            <translation>предложение</translation>
        </message>
        <message>
            <source>What the client wants registered</source>
            <translation>Что клиент просит зарегистрировать</translation>
        </message>
        <message>
            <source>&amp;Large form for the client (F11)</source>
            <translation>&amp;Крупная форма для клиента (F11)</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+Enter)</source>
            <translation>&amp;Сохранить (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>The client &amp;declines</source>
            <translation>Клиент &amp;отказался</translation>
        </message>
        <message>
            <source>Thank you! The answers are saved.</source>
            <translation>Спасибо! Ответы сохранены.</translation>
        </message>
        <message>
            <source>A follow-up of the low score is on the list.</source>
            <translation>Задача по низкой оценке добавлена в список.</translation>
        </message>
    </context>
    <context>
        <name>ClubTab</name>
        <message>
            <source>Member</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Вступил(а)</translation>
        </message>
        <message>
            <source>Reach by</source>
            <translation>Способ связи</translation>
        </message>
        <message>
            <source>Ideas</source>
            <translation>Идей</translation>
        </message>
        <message>
            <source>Focus groups attended</source>
            <translation>Был(а) на фокус-группах</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>&amp;Join the club… (Ctrl+J)</source>
            <translation>Принять в &amp;клуб… (Ctrl+J)</translation>
        </message>
        <message>
            <source>&amp;Leaves the club…</source>
            <translation>&amp;Выход из клуба…</translation>
        </message>
        <message>
            <source>Register an &amp;idea…</source>
            <translation>Зарегистрировать &amp;идею…</translation>
        </message>
        <message>
            <source>Select a member in the list first.</source>
            <translation>Сначала выберите участника в списке.</translation>
        </message>
        <message>
            <source>Leave the club</source>
            <translation>Выход из клуба</translation>
        </message>
        <message>
            <source>%1 (%2) leaves the clients' club today?</source>
            <translation>%1 (%2) выходит из клуба клиентов сегодняшним днём?</translation>
        </message>
        <message>
            <source>The member has left the club.</source>
            <translation>Участник вышел из клуба.</translation>
        </message>
        <message>
            <source>Idea of %1</source>
            <translation>Идея: %1</translation>
        </message>
        <message>
            <source>The idea:</source>
            <translation>Идея:</translation>
        </message>
        <message>
            <source>The idea is in the feedback register as a suggestion.</source>
            <translation>Идея зарегистрирована в реестре обращений как предложение.</translation>
        </message>
    </context>
    <context>
        <name>DesignDialog</name>
        <message>
            <source>Questionnaire</source>
            <translation>Анкета</translation>
        </message>
        <message>
            <source>until</source>
            <translation>по</translation>
        </message>
        <message>
            <source>A client may answer more than once</source>
            <translation>Клиент может отвечать несколько раз</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Цель:</translation>
        </message>
        <message>
            <source>&amp;Audience:</source>
            <translation>&amp;Аудитория:</translation>
        </message>
        <message>
            <source>Period from:</source>
            <translation>Период с:</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Вопрос</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Обязательный</translation>
        </message>
        <message>
            <source>Options (one per «;»)</source>
            <translation>Варианты (через «;»)</translation>
        </message>
        <message>
            <source>Only after a low score in №</source>
            <translation>Только после низкой оценки в №</translation>
        </message>
        <message>
            <source>&amp;Add question (Ctrl+N)</source>
            <translation>&amp;Добавить вопрос (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>&amp;Up</source>
            <translation>&amp;Выше</translation>
        </message>
        <message>
            <source>Do&amp;wn</source>
            <translation>&amp;Ниже</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>&amp;Сохранить черновик</translation>
        </message>
        <message>
            <source>Save and &amp;publish</source>
            <translation>Сохранить и &amp;опубликовать</translation>
        </message>
        <message>
            <source>Version %1 is published; saving makes version %2.</source>
            <translation>Версия %1 опубликована; при сохранении появится версия %2.</translation>
        </message>
        <message>
            <source>Editing version %1 (not published).</source>
            <translation>Редактируется версия %1 (не опубликована).</translation>
        </message>
    </context>
    <context>
        <name>FocusGroupDialog</name>
        <message>
            <source>New focus-group meeting</source>
            <translation>Новая встреча фокус-группы</translation>
        </message>
        <message>
            <source>e.g. the post office's meeting room</source>
            <translation>например, зал совещаний отделения</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Дата и время:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Место:</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Создать</translation>
        </message>
    </context>
    <context>
        <name>FocusGroupsTab</name>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Приглашено</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Пришли</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итоги</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Invited by</source>
            <translation>Как приглашён(а)</translation>
        </message>
        <message>
            <source>Came</source>
            <translation>Пришёл(а)</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Новая встреча…</translation>
        </message>
        <message>
            <source>In&amp;vite members…</source>
            <translation>&amp;Пригласить участников…</translation>
        </message>
        <message>
            <source>&amp;Attendance and outcome…</source>
            <translation>Пришедшие и &amp;итоги…</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Select a meeting in the list first.</source>
            <translation>Сначала выберите встречу в списке.</translation>
        </message>
        <message>
            <source>Folder for the letters to print</source>
            <translation>Папка для писем на печать</translation>
        </message>
        <message>
            <source>E-mails sent: %1. Letters to print: %2.</source>
            <translation>Отправлено по электронной почте: %1. Писем на печать: %2.</translation>
        </message>
        <message>
            <source>The letters are in %1.</source>
            <translation>Письма сохранены в папке %1.</translation>
        </message>
        <message>
            <source>Some e-mails wait in the outgoing mail:</source>
            <translation>Часть писем ждёт отправки в исходящей почте:</translation>
        </message>
        <message>
            <source>Invite members to the meeting first.</source>
            <translation>Сначала пригласите участников на встречу.</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingDialog</name>
        <message>
            <source>Columns of %1</source>
            <translation>Столбцы файла %1</translation>
        </message>
        <message>
            <source>Choose what each column of the file holds. Columns left as «not imported» are skipped; a row whose answers cannot be read is reported and not imported.</source>
            <translation>Укажите, что содержит каждый столбец файла. Столбцы с пометкой «не загружать» пропускаются; строка, ответы которой не удаётся прочитать, попадает в отчёт и не загружается.</translation>
        </message>
        <message>
            <source>Column of the file</source>
            <translation>Столбец файла</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Куда загрузить</translation>
        </message>
        <message>
            <source>(column %1)</source>
            <translation>(столбец %1)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Загрузить</translation>
        </message>
        <message>
            <source>— not imported</source>
            <translation>— не загружать</translation>
        </message>
        <message>
            <source>Client's INN</source>
            <translation>ИНН клиента</translation>
        </message>
        <message>
            <source>Date and time of the answer</source>
            <translation>Дата и время ответа</translation>
        </message>
        <message>
            <source>Respondent's name</source>
            <translation>Имя отвечавшего</translation>
        </message>
        <message>
            <source>Columns %1 and %2 both go to the same place: choose one.</source>
            <translation>Столбцы %1 и %2 указаны для одного и того же поля: оставьте один.</translation>
        </message>
        <message>
            <source>Map at least one column to a question.</source>
            <translation>Сопоставьте с вопросом хотя бы один столбец.</translation>
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <source>Invite to «%1»</source>
            <translation>Приглашение на встречу «%1»</translation>
        </message>
        <message>
            <source>Members reached by e-mail get the invitation by e-mail now; for the others a letter is saved to print and post.</source>
            <translation>Участники, которые выбрали связь по электронной почте, получат приглашение сразу; для остальных письмо сохраняется, чтобы его напечатать и отправить почтой.</translation>
        </message>
        <message>
            <source>&amp;Invite</source>
            <translation>&amp;Пригласить</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join the clients' club</source>
            <translation>Вступление в клуб клиентов</translation>
        </message>
        <message>
            <source>Client's name or INN, then Enter</source>
            <translation>Название или ИНН клиента, затем Enter</translation>
        </message>
        <message>
            <source>How and when the consent was given, e.g. a signed form</source>
            <translation>Как и когда дано согласие, например подписанное заявление</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Найти:</translation>
        </message>
        <message>
            <source>C&amp;lient:</source>
            <translation>&amp;Клиент:</translation>
        </message>
        <message>
            <source>Contact &amp;person:</source>
            <translation>Контактное &amp;лицо:</translation>
        </message>
        <message>
            <source>&amp;Joined on:</source>
            <translation>&amp;Дата вступления:</translation>
        </message>
        <message>
            <source>&amp;Consent:</source>
            <translation>&amp;Согласие:</translation>
        </message>
        <message>
            <source>&amp;Reach by:</source>
            <translation>Спо&amp;соб связи:</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>&amp;Принять</translation>
        </message>
        <message>
            <source>The client has no contact persons: add them on the client's card.</source>
            <translation>У клиента нет контактных лиц: добавьте их в карточке клиента.</translation>
        </message>
        <message>
            <source>Choose the client's contact person who joins.</source>
            <translation>Выберите контактное лицо клиента, которое вступает в клуб.</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Outcome of «%1»</source>
            <translation>Итоги встречи «%1»</translation>
        </message>
        <message>
            <source>What was discussed and decided</source>
            <translation>Что обсудили и что решили</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Attended (tick those who came):</source>
            <translation>Пришли (отметьте пришедших):</translation>
        </message>
        <message>
            <source>Outcome notes:</source>
            <translation>Итоги встречи:</translation>
        </message>
    </context>
    <context>
        <name>QualityPage</name>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Аудитория</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <source>Answer sets</source>
            <translation>Анкет заполнено</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Новая…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Answer at the counter (Ctrl+A)</source>
            <translation>&amp;Ответы у окна (Ctrl+A)</translation>
        </message>
        <message>
            <source>&amp;Large form for the client</source>
            <translation>&amp;Крупная форма для клиента</translation>
        </message>
        <message>
            <source>&amp;Paper form…</source>
            <translation>&amp;Бумажный бланк…</translation>
        </message>
        <message>
            <source>Scan a filled paper form's barcode (F2)</source>
            <translation>Отсканируйте штрихкод заполненного бумажного бланка (F2)</translation>
        </message>
        <message>
            <source>&amp;Import answers…</source>
            <translation>&amp;Загрузить ответы…</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Итоги</translation>
        </message>
        <message>
            <source>&amp;Questionnaires</source>
            <translation>&amp;Анкеты</translation>
        </message>
        <message>
            <source>Res&amp;ults</source>
            <translation>И&amp;тоги</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>What the client said</source>
            <translation>Что сказал клиент</translation>
        </message>
        <message>
            <source>&amp;Done…</source>
            <translation>&amp;Выполнено…</translation>
        </message>
        <message>
            <source>&amp;Follow-ups</source>
            <translation>&amp;Задачи по низким оценкам</translation>
        </message>
        <message>
            <source>&amp;Clients' club</source>
            <translation>К&amp;луб клиентов</translation>
        </message>
        <message>
            <source>F&amp;ocus groups</source>
            <translation>&amp;Фокус-группы</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>черновик</translation>
        </message>
        <message>
            <source> (new version drafted)</source>
            <translation> (готовится новая версия)</translation>
        </message>
        <message>
            <source>, closed</source>
            <translation>, закрыта</translation>
        </message>
        <message>
            <source>Publish the questionnaire before taking answers.</source>
            <translation>Прежде чем принимать ответы, опубликуйте анкету.</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translation>Бумажный бланк</translation>
        </message>
        <message>
            <source>Client's INN (empty: a blank form):</source>
            <translation>ИНН клиента (пусто — бланк без клиента):</translation>
        </message>
        <message>
            <source>Paper questionnaire</source>
            <translation>Бумажная анкета</translation>
        </message>
        <message>
            <source>Answers exported from a web form</source>
            <translation>Ответы, выгруженные из веб-формы</translation>
        </message>
        <message>
            <source>Tables (*.csv *.txt *.xlsx *.xls *.ods)</source>
            <translation>Таблицы (*.csv *.txt *.xlsx *.xls *.ods)</translation>
        </message>
        <message>
            <source>Imported %1 of %2 rows.</source>
            <translation>Загружено строк: %1 из %2.</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Строка %1: %2</translation>
        </message>
        <message>
            <source>Rows not imported: %1.</source>
            <translation>Не загружено строк: %1.</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Задача выполнена</translation>
        </message>
        <message>
            <source>What was done for the client:</source>
            <translation>Что сделано для клиента:</translation>
        </message>
    </context>
    <context>
        <name>QuestionInput</name>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>&amp;Export to xlsx…</source>
            <translation>&amp;Выгрузить в xlsx…</translation>
        </message>
        <message>
            <source>By operator</source>
            <translation>По операторам</translation>
        </message>
        <message>
            <source>By client group</source>
            <translation>По группам клиентов</translation>
        </message>
        <message>
            <source>Trend by month</source>
            <translation>Динамика по месяцам</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Вопросы</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Сравнение</translation>
        </message>
        <message>
            <source>Free-text answers</source>
            <translation>Свободные ответы</translation>
        </message>
        <message>
            <source>«%1»: %2 answer sets, response rate %3 %; NPS %4, CSAT %5 %, CES %6; open follow-ups: %7</source>
            <translation>«%1»: заполнено анкет — %2, доля ответивших — %3 %; NPS %4, CSAT %5 %, CES %6; открытых задач — %7</translation>
        </message>
        <message>
            <source>NPS and CSAT by month</source>
            <translation>NPS и CSAT по месяцам</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Answer sets</source>
            <translation>Анкет заполнено</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>(mean %1)</source>
            <translation>(среднее %1)</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Ответов</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Ответили</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Оператор</translation>
        </message>
        <message>
            <source>Client group</source>
            <translation>Группа клиентов</translation>
        </message>
        <message>
            <source>Export the results</source>
            <translation>Выгрузка итогов</translation>
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
        <name>SurveyOfferButton</name>
        <message>
            <source>Client's &amp;questionnaire (Ctrl+K)</source>
            <translation>&amp;Анкета клиента (Ctrl+K)</translation>
        </message>
        <message>
            <source>«%1»: %2 has not answered it yet.</source>
            <translation>«%1»: клиент %2 ещё не отвечал на эту анкету.</translation>
        </message>
    </context>
    <context>
        <name>SurveySettings</name>
        <message>
            <source>Questionnaires</source>
            <translation>Анкеты</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>Со&amp;хранить</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Настройки сохранены.</translation>
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <source>%1 is not a questionnaire number (ID).</source>
            <translation>%1 — не номер анкеты (ID).</translation>
        </message>
        <message>
            <source>%1 is not a column: give its letter (B) or number (2).</source>
            <translation>%1 — не столбец: укажите его букву (B) или номер (2).</translation>
        </message>
        <message>
            <source>Write the mapping as COLUMN=QUESTION (B=3) or COLUMN=client|date|respondent, not %1.</source>
            <translation>Укажите соответствие в виде СТОЛБЕЦ=ВОПРОС (B=3) или СТОЛБЕЦ=client|date|respondent, а не %1.</translation>
        </message>
        <message>
            <source>The workbook must be a .xlsx file in an existing folder.</source>
            <translation>Книга должна быть файлом .xlsx в существующей папке.</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>Файла %1 нет.</translation>
        </message>
        <message>
            <source>The form file must end in .pdf.</source>
            <translation>Имя файла бланка должно оканчиваться на .pdf.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Папки %1 не существует.</translation>
        </message>
        <message>
            <source>The questionnaire «%1» is closed.</source>
            <translation>Анкета «%1» закрыта.</translation>
        </message>
        <message>
            <source>The questionnaire «%1» runs from %2 to %3; %4 is outside that period.</source>
            <translation>Анкета «%1» проводится с %2 по %3; дата %4 вне этого периода.</translation>
        </message>
        <message>
            <source>The questionnaire «%1» is not published yet.</source>
            <translation>Анкета «%1» ещё не опубликована.</translation>
        </message>
        <message>
            <source>The questionnaire «%1» has no published version %2.</source>
            <translation>У анкеты «%1» нет опубликованной версии %2.</translation>
        </message>
        <message>
            <source>A contact person is given without their client.</source>
            <translation>Контактное лицо указано без клиента.</translation>
        </message>
        <message>
            <source>The client no longer exists.</source>
            <translation>Клиента больше нет в базе.</translation>
        </message>
        <message>
            <source>The contact person does not belong to this client.</source>
            <translation>Контактное лицо не относится к этому клиенту.</translation>
        </message>
        <message>
            <source>No client with INN %1.</source>
            <translation>Клиента с ИНН %1 нет.</translation>
        </message>
        <message>
            <source>This client has already answered the questionnaire «%1».</source>
            <translation>Этот клиент уже ответил на анкету «%1».</translation>
        </message>
        <message>
            <source>The answers cannot be saved:</source>
            <translation>Ответы не сохранены:</translation>
        </message>
        <message>
            <source>Only a low score goes to the feedback register from a questionnaire.</source>
            <translation>Из анкеты в реестр обращений передаётся только низкая оценка.</translation>
        </message>
        <message>
            <source>Only a complaint or a suggestion can be registered.</source>
            <translation>Зарегистрировать можно только жалобу или предложение.</translation>
        </message>
        <message>
            <source>Write what the client wants registered.</source>
            <translation>Запишите, что клиент просит зарегистрировать.</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>Один вариант</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>Несколько вариантов</translation>
        </message>
        <message>
            <source>Satisfaction 1–5 (CSAT)</source>
            <translation>Удовлетворённость 1–5 (CSAT)</translation>
        </message>
        <message>
            <source>Recommendation 0–10 (NPS)</source>
            <translation>Готовность рекомендовать 0–10 (NPS)</translation>
        </message>
        <message>
            <source>Effort 1–7 (CES)</source>
            <translation>Лёгкость 1–7 (CES)</translation>
        </message>
        <message>
            <source>Yes or no</source>
            <translation>Да или нет</translation>
        </message>
        <message>
            <source>Short text</source>
            <translation>Короткий текст</translation>
        </message>
        <message>
            <source>Long text</source>
            <translation>Развёрнутый текст</translation>
        </message>
        <message>
            <source>Corporate clients</source>
            <translation>Корпоративные клиенты</translation>
        </message>
        <message>
            <source>Clients' contact persons</source>
            <translation>Контактные лица клиентов</translation>
        </message>
        <message>
            <source>Walk-in visitors</source>
            <translation>Посетители без договора</translation>
        </message>
        <message>
            <source>At the counter</source>
            <translation>У окна (вводит оператор)</translation>
        </message>
        <message>
            <source>On the client's screen</source>
            <translation>На экране клиента</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translation>Бумажный бланк</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Веб-форма</translation>
        </message>
        <message>
            <source>Clients under contract</source>
            <translation>Клиенты по договору</translation>
        </message>
        <message>
            <source>Prospects</source>
            <translation>Потенциальные клиенты</translation>
        </message>
        <message>
            <source>Former clients</source>
            <translation>Бывшие клиенты</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Электронная почта</translation>
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
            <source>the answer must be a whole number from %1 to %2</source>
            <translation>ответ должен быть целым числом от %1 до %2</translation>
        </message>
        <message>
            <source>the answer is not one of the options</source>
            <translation>такого варианта ответа нет</translation>
        </message>
        <message>
            <source>only one option may be chosen</source>
            <translation>можно выбрать только один вариант</translation>
        </message>
        <message>
            <source>an option is chosen twice</source>
            <translation>вариант выбран дважды</translation>
        </message>
        <message>
            <source>the text is longer than %1 characters</source>
            <translation>текст длиннее %1 символов</translation>
        </message>
        <message>
            <source>There is no question %1 in version %2.</source>
            <translation>В версии %2 нет вопроса %1.</translation>
        </message>
        <message>
            <source>Question %1 «%2» must be answered.</source>
            <translation>На вопрос %1 «%2» нужно ответить.</translation>
        </message>
        <message>
            <source>Question %1 «%2»: %3.</source>
            <translation>Вопрос %1 «%2»: %3.</translation>
        </message>
        <message>
            <source>Record the member's consent: how and when it was given.</source>
            <translation>Запишите согласие участника: как и когда оно дано.</translation>
        </message>
        <message>
            <source>The contact person no longer exists.</source>
            <translation>Контактного лица больше нет в базе.</translation>
        </message>
        <message>
            <source>%1 has no e-mail address: add it to the contact or choose another way.</source>
            <translation>У контакта %1 нет адреса электронной почты: добавьте его или выберите другой способ связи.</translation>
        </message>
        <message>
            <source>%1 is already a member of the club.</source>
            <translation>%1 уже состоит в клубе.</translation>
        </message>
        <message>
            <source>The club member no longer exists.</source>
            <translation>Такого участника клуба больше нет.</translation>
        </message>
        <message>
            <source>Enter the questionnaire's title.</source>
            <translation>Введите название анкеты.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Период заканчивается раньше, чем начинается.</translation>
        </message>
        <message>
            <source>A questionnaire has at most %1 questions.</source>
            <translation>В анкете может быть не больше %1 вопросов.</translation>
        </message>
        <message>
            <source>Add at least one question before publishing.</source>
            <translation>Перед публикацией добавьте хотя бы один вопрос.</translation>
        </message>
        <message>
            <source>Question %1: %2</source>
            <translation>Вопрос %1: %2</translation>
        </message>
        <message>
            <source>The questionnaire cannot be saved:</source>
            <translation>Анкета не сохранена:</translation>
        </message>
        <message>
            <source>Enter the question's text.</source>
            <translation>Введите текст вопроса.</translation>
        </message>
        <message>
            <source>A choice question needs at least two answer options.</source>
            <translation>У вопроса с выбором должно быть не меньше двух вариантов ответа.</translation>
        </message>
        <message>
            <source>The answer options repeat.</source>
            <translation>Варианты ответа повторяются.</translation>
        </message>
        <message>
            <source>A question has at most %1 options.</source>
            <translation>У вопроса может быть не больше %1 вариантов.</translation>
        </message>
        <message>
            <source>A follow-up question must come after the score question whose low answer shows it.</source>
            <translation>Уточняющий вопрос должен идти после вопроса с оценкой, низкий ответ на который его показывает.</translation>
        </message>
        <message>
            <source>Version %1 is already published; edit the questionnaire to make a new one.</source>
            <translation>Версия %1 уже опубликована; чтобы сделать новую, измените анкету.</translation>
        </message>
        <message>
            <source>There is no new version to discard.</source>
            <translation>Новой версии, которую можно удалить, нет.</translation>
        </message>
        <message>
            <source>The version has answers and cannot be discarded.</source>
            <translation>На эту версию уже есть ответы, удалить её нельзя.</translation>
        </message>
        <message>
            <source>Answer sets</source>
            <translation>Анкет заполнено</translation>
        </message>
        <message>
            <source>CSAT, %</source>
            <translation>CSAT, %</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Анкета</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>Приглашений</translation>
        </message>
        <message>
            <source>Response rate, %</source>
            <translation>Доля ответивших, %</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Открытых задач по низким оценкам</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Итоги</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>По месяцам</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>By operator</source>
            <translation>По операторам</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Оператор</translation>
        </message>
        <message>
            <source>By client group</source>
            <translation>По группам клиентов</translation>
        </message>
        <message>
            <source>Client group</source>
            <translation>Группа клиентов</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Вопросы</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Вопрос</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Ответили</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Среднее</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Свободные ответы</translation>
        </message>
        <message>
            <source>Answered at</source>
            <translation>Когда ответили</translation>
        </message>
        <message>
            <source>Enter the topic of the meeting.</source>
            <translation>Введите тему встречи.</translation>
        </message>
        <message>
            <source>The focus group no longer exists.</source>
            <translation>Такой фокус-группы больше нет.</translation>
        </message>
        <message>
            <source>Choose the members to invite.</source>
            <translation>Выберите участников, которых нужно пригласить.</translation>
        </message>
        <message>
            <source>Some of the chosen members have left the club.</source>
            <translation>Некоторые из выбранных участников вышли из клуба.</translation>
        </message>
        <message>
            <source>Only invited members can be marked as present.</source>
            <translation>Присутствующими можно отметить только приглашённых участников.</translation>
        </message>
        <message>
            <source>Write what was done for the client before closing the follow-up.</source>
            <translation>Прежде чем закрыть задачу, запишите, что сделано для клиента.</translation>
        </message>
        <message>
            <source>The follow-up no longer exists.</source>
            <translation>Такой задачи больше нет.</translation>
        </message>
        <message>
            <source>«%1» is neither yes nor no (question %2).</source>
            <translation>«%1» — ни «да», ни «нет» (вопрос %2).</translation>
        </message>
        <message>
            <source>«%1» is not a score (question %2).</source>
            <translation>«%1» — не оценка (вопрос %2).</translation>
        </message>
        <message>
            <source>«%1» is not an option of question %2.</source>
            <translation>«%1» — не вариант ответа на вопрос %2.</translation>
        </message>
        <message>
            <source>«%1» is not a date.</source>
            <translation>«%1» — не дата.</translation>
        </message>
        <message>
            <source>The file %1 has no rows.</source>
            <translation>В файле %1 нет строк.</translation>
        </message>
        <message>
            <source>No column of %1 matches a question of «%2»: map the columns to questions.</source>
            <translation>Ни один столбец файла %1 не совпадает с вопросами анкеты «%2»: сопоставьте столбцы с вопросами.</translation>
        </message>
        <message>
            <source>The column mapping names a question or column that does not exist.</source>
            <translation>В сопоставлении указан несуществующий вопрос или столбец.</translation>
        </message>
        <message>
            <source>Questionnaire %1 does not exist.</source>
            <translation>Анкеты %1 нет.</translation>
        </message>
        <message>
            <source>«%1» is not the barcode of a paper questionnaire.</source>
            <translation>«%1» — не штрихкод бумажной анкеты.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Questionnaire «%1» answered</source>
            <translation>Ответы на анкету «%1»</translation>
        </message>
        <message>
            <source>%1 joined the clients' club on %2</source>
            <translation>%1 вступил(а) в клуб клиентов %2</translation>
        </message>
        <message>
            <source>%1 took part in the focus group «%2» on %3</source>
            <translation>%1 участвовал(а) в фокус-группе «%2» %3</translation>
        </message>
        <message>
            <source>%1 was invited to the focus group «%2» on %3 and did not come</source>
            <translation>%1 приглашён(а) в фокус-группу «%2» %3, но не пришёл(ла)</translation>
        </message>
        <message>
            <source>%1 invited to the focus group «%2» on %3</source>
            <translation>%1 приглашён(а) в фокус-группу «%2» %3</translation>
        </message>
    </context>
</TS>
