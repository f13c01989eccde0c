<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Mail</name>
        <message>
            <source>The e-mail address %1 is not valid.</source>
            <translation>Адрес электронной почты %1 указан неверно.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the login. Check the login and password in Settings.</source>
            <translation>Почтовый сервер %1 отклонил вход. Проверьте логин и пароль в Настройках.</translation>
        </message>
        <message>
            <source>The mail server refused the address %1. Check the client's e-mail address.</source>
            <translation>Почтовый сервер не принял адрес %1. Проверьте адрес электронной почты клиента.</translation>
        </message>
        <message>
            <source>The secure connection to the mail server %1 failed. Check the encryption setting.</source>
            <translation>Не удалось установить защищённое соединение с почтовым сервером %1. Проверьте настройку шифрования.</translation>
        </message>
        <message>
            <source>The mail server %1 did not take the letter: %2. The letter stays queued.</source>
            <translation>Почтовый сервер %1 не принял письмо: %2. Письмо осталось в очереди.</translation>
        </message>
        <message>
            <source>The mail server %1 does not answer. The letter stays queued; send it again later.</source>
            <translation>Почтовый сервер %1 не отвечает. Письмо осталось в очереди; отправьте его позже.</translation>
        </message>
        <message>
            <source>E-mail is not set up: enter the mail server and the sender address in Settings.</source>
            <translation>Электронная почта не настроена: укажите почтовый сервер и адрес отправителя в Настройках.</translation>
        </message>
    </context>
</TS>
