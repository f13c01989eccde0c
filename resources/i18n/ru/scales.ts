<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>ScaleSettingsSection</name>
        <message>
            <source>Scales</source>
            <translation>Весы</translation>
        </message>
        <message>
            <source>Read the weight from an electronic scale</source>
            <translation>Получать вес с электронных весов</translation>
        </message>
        <message>
            <source>A device such as /dev/ttyUSB0, or socket://host:5001 for a scale on the network. Empty: look for the scale on every port.</source>
            <translation>Устройство, например /dev/ttyUSB0, или socket://адрес:5001 для весов в сети. Если пусто — весы ищутся на всех портах.</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Порт</translation>
        </message>
        <message>
            <source>Auto-detect</source>
            <translation>Определить автоматически</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Протокол</translation>
        </message>
        <message>
            <source>protocol default</source>
            <translation>по протоколу</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>even</source>
            <translation>чёт</translation>
        </message>
        <message>
            <source>odd</source>
            <translation>нечет</translation>
        </message>
        <message>
            <source>baud</source>
            <translation>скорость</translation>
        </message>
        <message>
            <source>data bits</source>
            <translation>биты данных</translation>
        </message>
        <message>
            <source>parity</source>
            <translation>чётность</translation>
        </message>
        <message>
            <source>stop bits</source>
            <translation>стоп-биты</translation>
        </message>
        <message>
            <source>Serial settings</source>
            <translation>Параметры порта</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> мс</translation>
        </message>
        <message>
            <source> g</source>
            <translation> г</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>удержание</translation>
        </message>
        <message>
            <source>readings in a row</source>
            <translation>показаний подряд</translation>
        </message>
        <message>
            <source>deadband</source>
            <translation>допуск</translation>
        </message>
        <message>
            <source>Stable weight</source>
            <translation>Стабильный вес</translation>
        </message>
        <message>
            <source>Weight now</source>
            <translation>Текущий вес</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Проверить связь</translation>
        </message>
        <message>
            <source>Connect with the settings above without saving them</source>
            <translation>Подключиться с этими параметрами, не сохраняя их</translation>
        </message>
        <message>
            <source>&amp;Zero</source>
            <translation>&amp;Обнулить</translation>
        </message>
        <message>
            <source>T&amp;are</source>
            <translation>&amp;Тара</translation>
        </message>
        <message>
            <source>Save scale settings</source>
            <translation>Сохранить настройки весов</translation>
        </message>
        <message>
            <source>Auto-detect (every port)</source>
            <translation>Автопоиск (все порты)</translation>
        </message>
        <message>
            <source>Manual weight (when no scale works)</source>
            <translation>Ручной ввод веса (если весы не работают)</translation>
        </message>
        <message>
            <source>grams</source>
            <translation>граммы</translation>
        </message>
        <message>
            <source>Weight, g</source>
            <translation>Вес, г</translation>
        </message>
        <message>
            <source>for example: the scale is being repaired</source>
            <translation>например: весы в ремонте</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Record &amp;manual weight</source>
            <translation>Записать вес &amp;вручную</translation>
        </message>
        <message>
            <source>A manual weight is marked as such and written to the audit log.</source>
            <translation>Вес, введённый вручную, помечается как ручной и записывается в журнал аудита.</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>подключение…</translation>
        </message>
        <message>
            <source>Scale settings saved.</source>
            <translation>Настройки весов сохранены.</translation>
        </message>
        <message>
            <source>Manual weight %1 g recorded.</source>
            <translation>Ручной вес %1 г записан.</translation>
        </message>
    </context>
    <context>
        <name>ScaleTexts</name>
        <message>
            <source>stable</source>
            <translation>вес стабилен</translation>
        </message>
        <message>
            <source>settling…</source>
            <translation>вес не установился…</translation>
        </message>
        <message>
            <source>overload: the load is above the scale's maximum</source>
            <translation>перегрузка: груз тяжелее наибольшего предела взвешивания</translation>
        </message>
        <message>
            <source>negative weight: zero the scale</source>
            <translation>отрицательный вес: обнулите весы</translation>
        </message>
        <message>
            <source>scale error</source>
            <translation>ошибка весов</translation>
        </message>
        <message>
            <source>no connection with the scale</source>
            <translation>нет связи с весами</translation>
        </message>
        <message>
            <source>Scale: connected</source>
            <translation>Весы: подключены</translation>
        </message>
        <message>
            <source>Scale: searching…</source>
            <translation>Весы: поиск…</translation>
        </message>
        <message>
            <source>Scale: disconnected</source>
            <translation>Весы: нет связи</translation>
        </message>
        <message>
            <source>%1 g</source>
            <translation>%1 г</translation>
        </message>
        <message>
            <source>net</source>
            <translation>нетто</translation>
        </message>
    </context>
    <context>
        <name>Scales</name>
        <message>
            <source>Check the weight.</source>
            <translation>Проверьте вес.</translation>
        </message>
        <message>
            <source>Enter the weight in grams: a positive number up to 1 000 000.</source>
            <translation>Введите вес в граммах: положительное число не больше 1 000 000.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Use an electronic scale</source>
            <translation>Использовать электронные весы</translation>
        </message>
        <message>
            <source>Scale port</source>
            <translation>Порт весов</translation>
        </message>
        <message>
            <source>Scale protocol</source>
            <translation>Протокол весов</translation>
        </message>
        <message>
            <source>Baud rate</source>
            <translation>Скорость порта</translation>
        </message>
        <message>
            <source>Data bits</source>
            <translation>Биты данных</translation>
        </message>
        <message>
            <source>Parity</source>
            <translation>Чётность</translation>
        </message>
        <message>
            <source>Stop bits</source>
            <translation>Стоп-биты</translation>
        </message>
        <message>
            <source>Hold a stable weight for, ms</source>
            <translation>Удерживать стабильный вес, мс</translation>
        </message>
        <message>
            <source>Stable readings in a row</source>
            <translation>Стабильных показаний подряд</translation>
        </message>
        <message>
            <source>Deadband, g</source>
            <translation>Допуск колебаний, г</translation>
        </message>
    </context>
</TS>
