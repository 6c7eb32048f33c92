<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="19"/>
        <source>About Agent Console</source>
        <translation>О программе Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="28"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="32"/>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="38"/>
        <source>A desktop console for contact-center agents and supervisors: customer history, callbacks, warm transfers, scripts and a live backlog.</source>
        <translation>Настольная консоль для операторов и супервайзеров контакт-центра: история клиентов, обратные звонки, тёплые переводы, скрипты и очередь обратных звонков в реальном времени.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="48"/>
        <source>Database: {kind} · {database}
Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>База данных: {kind} · {database}
Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ui/accessibility.py" line="83"/>
        <source>Clear the text</source>
        <translation>Очистить текст</translation>
    </message>
</context>
<context>
    <name>AgentModel</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard_models.py" line="255"/>
        <source>Still holds %Ln overdue callback: reassign it.</source>
        <translation>
            <numerusform>За оператором всё ещё числится %Ln просроченный обратный звонок: переназначьте его.</numerusform>
            <numerusform>За оператором всё ещё числятся %Ln просроченных обратных звонка: переназначьте их.</numerusform>
            <numerusform>За оператором всё ещё числится %Ln просроченных обратных звонков: переназначьте их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_models.py" line="257"/>
        <source>Still holds %Ln overdue callbacks: reassign them.</source>
        <translation>
            <numerusform>За оператором всё ещё числится %Ln просроченный обратный звонок: переназначьте его.</numerusform>
            <numerusform>За оператором всё ещё числятся %Ln просроченных обратных звонка: переназначьте их.</numerusform>
            <numerusform>За оператором всё ещё числится %Ln просроченных обратных звонков: переназначьте их.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertButton</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="315"/>
        <source>Alert: {message}</source>
        <translation>Оповещение: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="316"/>
        <source>Click or press Enter to list the callbacks.</source>
        <translation>Щёлкните или нажмите Enter, чтобы показать список обратных звонков.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="183"/>
        <location filename="../../ui/i18n.py" line="155"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
</context>
<context>
    <name>BarChartPanel</name>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="109"/>
        <source>Click a bar to list its callbacks.</source>
        <translation>Щёлкните столбец, чтобы показать его обратные звонки.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="194"/>
        <source>Click a bar to list its callbacks; with the keyboard, the arrow keys move between bars and Enter lists them.</source>
        <translation>Щёлкните столбец, чтобы показать его обратные звонки; с клавиатуры: клавиши со стрелками переключают столбцы, Enter показывает список.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="206"/>
        <source>What the bar counts</source>
        <translation>Что считает столбец</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="293"/>
        <source>{what}: {n}</source>
        <translation>{what}: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="307"/>
        <source>click to list them</source>
        <translation>щёлкните, чтобы показать список</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="384"/>
        <source>Enter lists them</source>
        <translation>Enter — показать список</translation>
    </message>
</context>
<context>
    <name>CallbackFormDialog</name>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="141"/>
        <source>Reschedule the callback</source>
        <translation>Перенести обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="141"/>
        <source>Promise a callback</source>
        <translation>Пообещать обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="202"/>
        <source>Opening the customer…</source>
        <translation>Открытие клиента…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="204"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="213"/>
        <location filename="../../ui/callback_form_dialog.py" line="1156"/>
        <location filename="../../ui/callback_form_dialog.py" line="1171"/>
        <source>Customer time</source>
        <translation>Время клиента</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="214"/>
        <location filename="../../ui/callback_form_dialog.py" line="1151"/>
        <source>Your time</source>
        <translation>Ваше время</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="217"/>
        <source>Night warning</source>
        <translation>Предупреждение о ночном времени</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="228"/>
        <source>&amp;At a time (customer&apos;s time)</source>
        <translation>&amp;В указанное время (время клиента)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="229"/>
        <source>As &amp;soon as possible</source>
        <translation>&amp;Как можно скорее</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="230"/>
        <source>Their ne&amp;xt calling window</source>
        <translation>В &amp;ближайшее окно для звонков клиента</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="238"/>
        <source>Date, in the customer&apos;s time</source>
        <translation>Дата (по времени клиента)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="243"/>
        <source>Time, in the customer&apos;s time</source>
        <translation>Время (по времени клиента)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="252"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="254"/>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="259"/>
        <source>The same time for you</source>
        <translation>То же время по вашим часам</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="262"/>
        <source>The customer&apos;s calling windows</source>
        <translation>Окна для звонков клиенту</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="271"/>
        <source>Why this time</source>
        <translation>Почему выбрано это время</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="280"/>
        <source>Why this time cannot be promised</source>
        <translation>Почему это время нельзя пообещать</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="286"/>
        <source>Use the next slot offered</source>
        <translation>Выбрать ближайшее предложенное время</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="312"/>
        <source>Number to call</source>
        <translation>Номер для звонка</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="315"/>
        <source>Who calls back</source>
        <translation>Кто перезвонит</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="318"/>
        <source>What was promised</source>
        <translation>Что обещано</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="319"/>
        <source>What you promised to find out or do before calling</source>
        <translation>Что вы обещали выяснить или сделать до звонка</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="341"/>
        <source>Read back to the customer</source>
        <translation>Повторите клиенту</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="347"/>
        <source>The promise to read back</source>
        <translation>Обещание, которое нужно повторить клиенту</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="351"/>
        <source>&amp;Copy</source>
        <translation>Ко&amp;пировать</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="353"/>
        <source>Copy the promise</source>
        <translation>Копировать обещание</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="354"/>
        <source>Copy the promise to the clipboard (Alt+C)</source>
        <translation>Скопировать обещание в буфер обмена (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="371"/>
        <source>Schedule</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="372"/>
        <source>Schedule the callback</source>
        <translation>Назначить обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="373"/>
        <location filename="../../ui/callback_form_dialog.py" line="964"/>
        <source>Schedule the callback (Ctrl+Enter)</source>
        <translation>Назначить обратный звонок (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="378"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="379"/>
        <source>Close without scheduling (Esc)</source>
        <translation>Закрыть без назначения (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="400"/>
        <source>&amp;Time</source>
        <translation>Вр&amp;емя</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="402"/>
        <source>Du&amp;ration</source>
        <translation>&amp;Длительность</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="427"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="428"/>
        <source>&amp;Date</source>
        <translation>Д&amp;ата</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="429"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="431"/>
        <source>&amp;Owner</source>
        <translation>&amp;Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="433"/>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="480"/>
        <source>{caption}: {time} ({zone})</source>
        <translation>{caption}: {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="651"/>
        <source>Promise a callback to {name}</source>
        <translation>Пообещать обратный звонок: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="662"/>
        <source>{number} (primary)</source>
        <translation>{number} (основной)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="665"/>
        <source>Me ({name})</source>
        <translation>Я ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="668"/>
        <source>Queue: {name}</source>
        <translation>Очередь: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="680"/>
        <source>Your unsaved note is back.</source>
        <translation>Ваша несохранённая заметка восстановлена.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="687"/>
        <source>Customer not available</source>
        <translation>Клиент недоступен</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="793"/>
        <source>The database cannot be reached: nothing can be checked or saved now.</source>
        <translation>Нет связи с базой данных: сейчас ничего нельзя проверить или сохранить.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="819"/>
        <source>First {time}</source>
        <translation>Первый раз {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="820"/>
        <source>Second {time}</source>
        <translation>Второй раз {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="897"/>
        <source>This note could not be kept as a draft ({error}).</source>
        <translation>Не удалось сохранить эту заметку как черновик ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="967"/>
        <source>Scheduling needs the database, which cannot be reached right now. Your text is kept; the button comes back when the console has reconnected.</source>
        <translation>Для назначения нужна база данных, с которой сейчас нет связи. Введённый текст сохранён; кнопка снова станет доступна, когда консоль переподключится.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="995"/>
        <source>Their calling window is open now.</source>
        <translation>Окно для звонков клиенту сейчас открыто.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="998"/>
        <source>Their calling window is closed now. Next window: {day} {time}</source>
        <translation>Окно для звонков клиенту сейчас закрыто. Следующее окно: {day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1022"/>
        <source>Calling windows ({zone}): {windows}</source>
        <translation>Окна для звонков ({zone}): {windows}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1028"/>
        <source>Pick a time the customer can be called.</source>
        <translation>Выберите время, когда клиенту можно звонить.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1061"/>
        <source>= {day}{start}–{end} your time ({zone})</source>
        <translation>= {day}{start}–{end} по вашему времени ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1079"/>
        <source>&amp;Use next slot: {day} {date} {time}</source>
        <translation>&amp;Следующее свободное время: {day} {date} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1158"/>
        <source>unknown zone “{zone}”</source>
        <translation>неизвестный часовой пояс «{zone}»</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1175"/>
        <source>It is night for the customer ({time}): they may be asleep.</source>
        <translation>У клиента ночь ({time}): возможно, он спит.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1189"/>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
</context>
<context>
    <name>CallbackModel</name>
    <message>
        <location filename="../../ui/callback_model.py" line="39"/>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="40"/>
        <source>Due now</source>
        <translation>Пора звонить</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="41"/>
        <source>Later today</source>
        <translation>Позже сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="42"/>
        <source>Upcoming</source>
        <translation>Предстоит</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="43"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="49"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="50"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="51"/>
        <source>kept</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="52"/>
        <source>broken</source>
        <translation>нарушен</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="53"/>
        <source>failed — needs a supervisor</source>
        <translation>не выполнен — нужен супервайзер</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="54"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="97"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="97"/>
        <source>Your time</source>
        <translation>Ваше время</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="97"/>
        <source>Their time</source>
        <translation>Время клиента</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="99"/>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="99"/>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="109"/>
        <source>In progress ({agent})</source>
        <translation>В работе ({agent})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="124"/>
        <source>Queue: {queue}</source>
        <translation>Очередь: {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="136"/>
        <source>Promised on the customer&apos;s clock: {window}</source>
        <translation>Обещано по времени клиента: {window}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="142"/>
        <source>Moved from {agent} to the queue</source>
        <translation>Передан в очередь от оператора {agent}</translation>
    </message>
</context>
<context>
    <name>CallbackReminder</name>
    <message>
        <location filename="../../ui/callback_reminder.py" line="87"/>
        <source>Callback reminder</source>
        <translation>Напоминание об обратном звонке</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="109"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="112"/>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="115"/>
        <source>Snooze…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="118"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="120"/>
        <source>Hide until another callback falls due</source>
        <translation>Скрыть до наступления срока следующего обратного звонка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="235"/>
        <source>While the console was closed, %Ln callback became due</source>
        <translation>
            <numerusform>Пока консоль была закрыта, наступил срок %Ln обратного звонка</numerusform>
            <numerusform>Пока консоль была закрыта, наступил срок %Ln обратных звонков</numerusform>
            <numerusform>Пока консоль была закрыта, наступил срок %Ln обратных звонков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="237"/>
        <source>While the console was closed, %Ln callbacks became due</source>
        <translation>
            <numerusform>Пока консоль была закрыта, наступил срок %Ln обратного звонка</numerusform>
            <numerusform>Пока консоль была закрыта, наступил срок %Ln обратных звонков</numerusform>
            <numerusform>Пока консоль была закрыта, наступил срок %Ln обратных звонков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="241"/>
        <source>%Ln callback due now</source>
        <translation>
            <numerusform>Пора выполнить %Ln обратный звонок</numerusform>
            <numerusform>Пора выполнить %Ln обратных звонка</numerusform>
            <numerusform>Пора выполнить %Ln обратных звонков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="243"/>
        <source>%Ln callbacks due now</source>
        <translation>
            <numerusform>Пора выполнить %Ln обратный звонок</numerusform>
            <numerusform>Пора выполнить %Ln обратных звонка</numerusform>
            <numerusform>Пора выполнить %Ln обратных звонков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="264"/>
        <location filename="../../ui/console_session.py" line="100"/>
        <location filename="../../ui/console_session.py" line="255"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="199"/>
        <source>{n} of your callbacks moved to the queue ({names}).</source>
        <translation>Ваши обратные звонки переданы в очередь: {n} ({names}).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="246"/>
        <source>Overdue callback</source>
        <translation>Просроченный обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="248"/>
        <source>Callback due now</source>
        <translation>Пора выполнить обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="251"/>
        <source>Callback in {m} min</source>
        <translation>Обратный звонок через {m} мин</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="254"/>
        <source>(+{n} more, {o} overdue)</source>
        <translation>(ещё: {n}, просрочено: {o})</translation>
    </message>
</context>
<context>
    <name>CallbackTable</name>
    <message>
        <location filename="../../ui/callback_table.py" line="71"/>
        <source>Which callbacks</source>
        <translation>Какие обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="72"/>
        <source>My callbacks</source>
        <translation>Мои обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="73"/>
        <source>Waiting in my queues</source>
        <translation>Ожидают в моих очередях</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="76"/>
        <source>Callback counts</source>
        <translation>Количество обратных звонков</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="77"/>
        <source>Next callback (F8)</source>
        <translation>Следующий обратный звонок (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="79"/>
        <source>Take the next callback</source>
        <translation>Взять следующий обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="88"/>
        <source>Callbacks</source>
        <translation>Обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="155"/>
        <source>{overdue} overdue · {due} due now · {today} later today · {upcoming} ahead</source>
        <translation>Просрочено: {overdue} · Пора звонить: {due} · Позже сегодня: {today} · Впереди: {upcoming}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="159"/>
        <source>{n} waiting</source>
        <translation>Ожидают: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="162"/>
        <source>(the first {n} shown)</source>
        <translation>(показаны первые {n})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="165"/>
        <source>No open callbacks. Promise one from a customer&apos;s card (Ctrl+B).</source>
        <translation>Нет открытых обратных звонков. Пообещать звонок можно из карточки клиента (Ctrl+B).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="167"/>
        <source>Nothing is waiting in your queues.</source>
        <translation>В ваших очередях ничего не ожидает.</translation>
    </message>
</context>
<context>
    <name>CallbackWorkPanel</name>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="89"/>
        <source>Callback being worked</source>
        <translation>Обратный звонок в работе</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="112"/>
        <source>Dial</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="115"/>
        <source>Call the customer (Ctrl+D)</source>
        <translation>Позвонить клиенту (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="119"/>
        <source>Outcome note</source>
        <translation>Заметка о результате</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="120"/>
        <source>What happened (optional)</source>
        <translation>Что произошло (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="136"/>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="140"/>
        <source>The customer asked for another time (Alt+S): promise a new one</source>
        <translation>Клиент попросил другое время (Alt+S): пообещайте новое</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="144"/>
        <source>Put back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="146"/>
        <source>Leave it for later without calling</source>
        <translation>Отложить на потом без звонка</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="175"/>
        <location filename="../../ui/formatting.py" line="272"/>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="176"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="177"/>
        <location filename="../../ui/formatting.py" line="273"/>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="178"/>
        <source>Voicemail left</source>
        <translation>Оставлено голосовое сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="179"/>
        <location filename="../../ui/formatting.py" line="274"/>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="209"/>
        <source>Callback for {name} · {window}</source>
        <translation>Обратный звонок: {name} · {window}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="215"/>
        <source>Promised: {note}</source>
        <translation>Обещано: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="218"/>
        <source>Priority {points}: {why}</source>
        <translation>Приоритет {points}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="225"/>
        <source>Attempt {n} of {max}</source>
        <translation>Попытка {n} из {max}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="229"/>
        <source>the promised window has passed: call now</source>
        <translation>обещанное время прошло: позвоните сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="232"/>
        <source>Dial {number}</source>
        <translation>Позвонить на {number}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="305"/>
        <source>No program on this computer handles {url}: set a dial command in the settings (dial_command).</source>
        <translation>На этом компьютере нет программы для открытия {url}: задайте команду набора номера в настройках (dial_command).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="289"/>
        <source>Rescheduled: the new promise is in your callbacks.</source>
        <translation>Перенесено: новое обещание добавлено в ваши обратные звонки.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="291"/>
        <source>No luck this time. Next try {when}.</source>
        <translation>На этот раз не удалось. Следующая попытка: {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="295"/>
        <source>Callback {state}.</source>
        <translation>Обратный звонок: {state}.</translation>
    </message>
</context>
<context>
    <name>CallerChooserDialog</name>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="36"/>
        <source>Who is calling?</source>
        <translation>Кто звонит?</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="37"/>
        <source>Choose the caller</source>
        <translation>Выберите звонящего</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/caller_chooser_dialog.py" line="40"/>
        <source>%Ln customers have the number {number}. Who is calling?</source>
        <translation>
            <numerusform>Номер {number} есть у %Ln клиента. Кто звонит?</numerusform>
            <numerusform>Номер {number} есть у %Ln клиентов. Кто звонит?</numerusform>
            <numerusform>Номер {number} есть у %Ln клиентов. Кто звонит?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="47"/>
        <source>Customers with this number</source>
        <translation>Клиенты с этим номером</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="49"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="49"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="49"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="72"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../../ui/console_session.py" line="216"/>
        <source>the console is still waiting for the database</source>
        <translation>консоль всё ещё ждёт ответа базы данных</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../ui/formatting.py" line="323"/>
        <source>Australia</source>
        <translation>Австралия</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="324"/>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="325"/>
        <source>Belgium</source>
        <translation>Бельгия</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="326"/>
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="327"/>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="328"/>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="329"/>
        <source>Denmark</source>
        <translation>Дания</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="330"/>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="331"/>
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="332"/>
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="333"/>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="334"/>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="335"/>
        <source>Ireland</source>
        <translation>Ирландия</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="336"/>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="337"/>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="338"/>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="339"/>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="340"/>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="341"/>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="342"/>
        <source>Mexico</source>
        <translation>Мексика</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="343"/>
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="344"/>
        <source>Norway</source>
        <translation>Норвегия</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="345"/>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="346"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="347"/>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="348"/>
        <source>Thailand</source>
        <translation>Таиланд</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="349"/>
        <source>Turkey</source>
        <translation>Турция</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="350"/>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="351"/>
        <source>United States</source>
        <translation>США</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.py" line="24"/>
        <source>Agent Console — something went wrong</source>
        <translation>Agent Console — что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="27"/>
        <source>Something went wrong inside Agent Console.</source>
        <translation>В Agent Console произошла внутренняя ошибка.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="31"/>
        <source>This is a bug, not something you did. You can keep working; if the console behaves oddly, restart it. Please send the details below to your support team. They were also written to the log:
{log}</source>
        <translation>Это ошибка программы, а не ваших действий. Можно продолжать работу; если консоль поведёт себя странно, перезапустите её. Отправьте, пожалуйста, приведённые ниже подробности в службу поддержки. Они также записаны в журнал:
{log}</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="42"/>
        <source>Error details</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="49"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="70"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../ui/customer_card.py" line="84"/>
        <source>Customer card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="95"/>
        <location filename="../../ui/customer_card.py" line="162"/>
        <source>Search for a customer, or take a call: their card appears here.</source>
        <translation>Найдите клиента или примите звонок — здесь появится его карточка.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="140"/>
        <source>Opening the customer…</source>
        <translation>Открытие клиента…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="210"/>
        <source>Customer name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="229"/>
        <source>Account {account}</source>
        <translation>Аккаунт {account}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="257"/>
        <source>Disruption: {name}</source>
        <translation>Инцидент: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="265"/>
        <source>Affected by this open disruption: tell them the facts in the banner above.</source>
        <translation>Клиент затронут этим открытым инцидентом: сообщите ему сведения из баннера вверху.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="358"/>
        <source>{label}, primary</source>
        <translation>{label}, основной</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="367"/>
        <location filename="../../ui/customer_card.py" line="370"/>
        <source>none on file</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="369"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="372"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="380"/>
        <source>Night there</source>
        <translation>У клиента ночь</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="382"/>
        <source>It is between 21:00 and 08:00 for this customer: avoid calling now.</source>
        <translation>У клиента сейчас время между 21:00 и 08:00: не звоните сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="387"/>
        <source>Local time</source>
        <translation>Местное время</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="390"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="393"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="396"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="410"/>
        <source>Customer since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="427"/>
        <location filename="../../ui/customer_card.py" line="505"/>
        <source>by {agent}</source>
        <translation>оператор: {agent}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="431"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="436"/>
        <source>%Ln contact in all</source>
        <translation>
            <numerusform>всего %Ln обращение</numerusform>
            <numerusform>всего %Ln обращения</numerusform>
            <numerusform>всего %Ln обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="438"/>
        <source>%Ln contacts in all</source>
        <translation>
            <numerusform>всего %Ln обращение</numerusform>
            <numerusform>всего %Ln обращения</numerusform>
            <numerusform>всего %Ln обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="478"/>
        <source>passed on %Ln time in this contact</source>
        <translation>
            <numerusform>передан %Ln раз в этом обращении</numerusform>
            <numerusform>передан %Ln раза в этом обращении</numerusform>
            <numerusform>передан %Ln раз в этом обращении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="480"/>
        <source>passed on %Ln times in this contact</source>
        <translation>
            <numerusform>передан %Ln раз в этом обращении</numerusform>
            <numerusform>передан %Ln раза в этом обращении</numerusform>
            <numerusform>передан %Ln раз в этом обращении</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="498"/>
        <source>Last contact</source>
        <translation>Последнее обращение</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="454"/>
        <source>queue {queue}</source>
        <translation>очередь {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="455"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="466"/>
        <source>none open</source>
        <translation>открытых нет</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="469"/>
        <source>Open promises</source>
        <translation>Открытые обещания</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="470"/>
        <source>Promises</source>
        <translation>Обещания</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="488"/>
        <source>waiting: {sender} → {target}</source>
        <translation>ожидает: {sender} → {target}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="495"/>
        <location filename="../../ui/customer_card.py" line="496"/>
        <source>Handovers</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="513"/>
        <source>none given</source>
        <translation>не предоставлялась</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="516"/>
        <source>and {n} earlier</source>
        <translation>и ещё ранее: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="519"/>
        <source>Goodwill already given</source>
        <translation>Уже предоставленная компенсация</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="520"/>
        <source>Goodwill</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="529"/>
        <source>unknown time zone</source>
        <translation>неизвестный часовой пояс</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="107"/>
        <source>Edit customer</source>
        <translation>Редактирование клиента</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="107"/>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="114"/>
        <source>Save problem</source>
        <translation>Проблема при сохранении</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="116"/>
        <source>Load their version</source>
        <translation>Загрузить сохранённую версию</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="119"/>
        <source>Fetch the saved customer as the new base; what you typed stays in the form</source>
        <translation>Взять сохранённые данные клиента за основу; введённое вами останется в форме</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="124"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="125"/>
        <location filename="../../ui/customer_edit_dialog.py" line="191"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="126"/>
        <location filename="../../ui/customer_edit_dialog.py" line="192"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="127"/>
        <source>Account or booking number</source>
        <translation>Номер аккаунта или бронирования</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="129"/>
        <source>Generated when left empty</source>
        <translation>Создаётся автоматически, если оставить пустым</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="136"/>
        <source>Phone {n}</source>
        <translation>Телефон {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="143"/>
        <source>Kind of phone {n}</source>
        <translation>Тип телефона {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="152"/>
        <source>E-mail addresses</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="153"/>
        <source>Separate several with commas</source>
        <translation>Несколько адресов — через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="156"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="163"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="170"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="137"/>
        <source>+66 81 234 5678</source>
        <translation>+66 81 234 5678</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="139"/>
        <source>With its country code (+66 81 234 5678), or national with the country set</source>
        <translation>С кодом страны (+66 81 234 5678) или в национальном формате, если указана страна</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="175"/>
        <source>Do not call (e-mail only)</source>
        <translation>Не звонить (только эл. почта)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="177"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="178"/>
        <source>VIP, refund pending… separated by commas</source>
        <translation>VIP, ожидает возврата… через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="181"/>
        <location filename="../../ui/customer_edit_dialog.py" line="201"/>
        <source>Other fields</source>
        <translation>Другие поля</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="182"/>
        <source>One per line, e.g. departure_date: 2026-12-01</source>
        <translation>По одному в строке, например departure_date: 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="190"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="193"/>
        <source>&amp;Phones</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="194"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="195"/>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="196"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="197"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="198"/>
        <source>&amp;Account</source>
        <translation>&amp;Аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="199"/>
        <source>Ta&amp;gs</source>
        <translation>Те&amp;ги</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="209"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="370"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="401"/>
        <source>Some fields need attention (marked below).</source>
        <translation>Проверьте некоторые поля (они отмечены ниже).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="423"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="460"/>
        <source>name “{v}”</source>
        <translation>имя «{v}»</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="462"/>
        <source>tags “{v}”</source>
        <translation>теги «{v}»</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="464"/>
        <source>time zone {v}</source>
        <translation>часовой пояс {v}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="466"/>
        <source>do not call: {v}</source>
        <translation>не звонить: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="467"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="467"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="468"/>
        <source>nothing you can see here differs</source>
        <translation>видимых здесь различий нет</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="471"/>
        <source>Their version is now the base ({summary}). Your text is unchanged: Save to apply it on top.</source>
        <translation>За основу взята сохранённая версия ({summary}). Ваш текст не изменён: нажмите «Сохранить», чтобы применить его поверх неё.</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <location filename="../../ui/customer_search.py" line="53"/>
        <source>Customer search</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="64"/>
        <source>Search customers</source>
        <translation>Искать клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="65"/>
        <source>Search by phone, name, email or account (Ctrl+K)</source>
        <translation>Поиск по телефону, имени, эл. почте или аккаунту (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="80"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="141"/>
        <source>Search status</source>
        <translation>Статус поиска</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="203"/>
        <source>Find a customer by phone number (any format), name in any script, email or account number.

Press Ctrl+K from anywhere to come back here.</source>
        <translation>Найдите клиента по номеру телефона (в любом формате), имени (на любом алфавите), эл. почте или номеру аккаунта.

Нажмите Ctrl+K в любом месте, чтобы вернуться сюда.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="217"/>
        <location filename="../../ui/customer_search.py" line="225"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="243"/>
        <source>No customer matches “{text}”</source>
        <translation>Не найдено клиентов по запросу «{text}»</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="246"/>
        <source>Check the spelling, try part of the name, or type the number with its country code (+…).</source>
        <translation>Проверьте написание, введите часть имени или номер с кодом страны (+…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="253"/>
        <source>No exact match: %Ln similar name in italics</source>
        <translation>
            <numerusform>Точных совпадений нет: %Ln похожее имя выделено курсивом</numerusform>
            <numerusform>Точных совпадений нет: %Ln похожих имени выделены курсивом</numerusform>
            <numerusform>Точных совпадений нет: %Ln похожих имён выделено курсивом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="254"/>
        <source>No exact match: %Ln similar names in italics</source>
        <translation>
            <numerusform>Точных совпадений нет: %Ln похожее имя выделено курсивом</numerusform>
            <numerusform>Точных совпадений нет: %Ln похожих имени выделены курсивом</numerusform>
            <numerusform>Точных совпадений нет: %Ln похожих имён выделено курсивом</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="261"/>
        <source>First {n} customers: type more to narrow down</source>
        <translation>Показаны первые {n}: уточните запрос</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="265"/>
        <source>%Ln customer</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="267"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="280"/>
        <source>The search could not run.</source>
        <translation>Не удалось выполнить поиск.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard_models.py" line="166"/>
        <source>No promise ended in the last {days} days.</source>
        <translation>За последние {days} дн. не завершилось ни одного обещания.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="169"/>
        <source>{kept} of {promised} promises kept in their window, last {days} days.</source>
        <translation>Выполнено в обещанное время: {kept} из {promised} за последние {days} дн.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="172"/>
        <source>{value} — double-click or press Enter to list the callbacks.</source>
        <translation>{value} — дважды щёлкните или нажмите Enter, чтобы показать список обратных звонков.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="151"/>
        <source>Due now — {name}</source>
        <translation>Пора звонить — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="152"/>
        <source>Overdue — {name}</source>
        <translation>Просрочены — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="153"/>
        <source>Kept, last {days} days — {name}</source>
        <translation>Выполнены за последние {days} дн. — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="217"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="218"/>
        <source>On shift</source>
        <translation>На смене</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="219"/>
        <source>Owned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="220"/>
        <location filename="../../ui/dashboard_models.py" line="296"/>
        <source>Due now</source>
        <translation>Пора звонить</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="221"/>
        <location filename="../../ui/dashboard_models.py" line="297"/>
        <source>Overdue</source>
        <translation>Просрочены</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="222"/>
        <location filename="../../ui/dashboard_models.py" line="298"/>
        <source>Oldest overdue</source>
        <translation>Наибольшая просрочка</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="223"/>
        <source>Kept % (7 days)</source>
        <translation>Выполнено, % (7 дней)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="232"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="234"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="244"/>
        <source>On shift now</source>
        <translation>Сейчас на смене</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="246"/>
        <source>Off shift now</source>
        <translation>Сейчас не на смене</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="249"/>
        <source>(shift {shift}, their time)</source>
        <translation>(смена {shift}, по времени оператора)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="154"/>
        <source>Open callbacks — {name}</source>
        <translation>Открытые обратные звонки — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="293"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="294"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="295"/>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="299"/>
        <source>Kept %</source>
        <translation>Выполнено, %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="155"/>
        <source>Unassigned — {name}</source>
        <translation>Не назначены — {name}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="358"/>
        <source>Supervisor dashboard</source>
        <translation>Панель мониторинга супервайзера</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="431"/>
        <source>Callback backlog</source>
        <translation>Невыполненные обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="433"/>
        <source>Reading the figures…</source>
        <translation>Загрузка показателей…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="435"/>
        <source>When the figures were read</source>
        <translation>Когда загружены показатели</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="438"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="440"/>
        <source>Refresh the dashboard</source>
        <translation>Обновить панель мониторинга</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="441"/>
        <source>Read the figures again now (F5)</source>
        <translation>Загрузить показатели заново (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="443"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="445"/>
        <source>Export the figures as CSV</source>
        <translation>Экспортировать показатели в CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="447"/>
        <source>Save charts as PNG…</source>
        <translation>Сохранить диаграммы в PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="449"/>
        <source>Save the charts as a PNG image</source>
        <translation>Сохранить диаграммы как изображение PNG</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="464"/>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="473"/>
        <source>Off shift with overdue callbacks</source>
        <translation>Не на смене, но с просроченными обратными звонками</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="474"/>
        <source>⚠  Off shift with overdue callbacks:</source>
        <translation>⚠  Не на смене, но с просроченными обратными звонками:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="494"/>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="503"/>
        <source>Open backlog by age</source>
        <translation>Открытые обратные звонки по давности</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="504"/>
        <source>Not yet overdue</source>
        <translation>Ещё не просрочены</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="504"/>
        <source>Overdue</source>
        <translation>Просрочены</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="508"/>
        <source>Due by hour, today and tomorrow</source>
        <translation>Сроки по часам, сегодня и завтра</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="509"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="509"/>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="512"/>
        <source>Kept and broken promises, last 14 days</source>
        <translation>Выполненные и нарушенные обещания за 14 дней</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="513"/>
        <source>Kept</source>
        <translation>Выполнены</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="513"/>
        <source>Broken</source>
        <translation>Нарушены</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="558"/>
        <source>Double-click or Enter on a figure lists its callbacks.</source>
        <translation>Двойной щелчок или Enter на показателе открывает список его обратных звонков.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="572"/>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="575"/>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="710"/>
        <source>Could not refresh: {message} Showing the figures of {time}.</source>
        <translation>Не удалось обновить: {message} Показаны данные на {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="714"/>
        <source>Could not read the figures: {message}</source>
        <translation>Не удалось загрузить показатели: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="731"/>
        <source>Updated {time}</source>
        <translation>Обновлено: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="781"/>
        <source>Dashboard alert: {message}</source>
        <translation>Оповещение панели мониторинга: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="847"/>
        <source>Kept and broken, {first} – {last}</source>
        <translation>Выполненные и нарушенные, {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="891"/>
        <source>Export the dashboard</source>
        <translation>Экспорт панели мониторинга</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="892"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="900"/>
        <source>Save the charts</source>
        <translation>Сохранение диаграмм</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="901"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="916"/>
        <location filename="../../ui/dashboard_tab.py" line="918"/>
        <source>Not saved: {message}</source>
        <translation>Не сохранено: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="927"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="941"/>
        <location filename="../../ui/dashboard_tab.py" line="994"/>
        <source>The figures have not been read yet.</source>
        <translation>Показатели ещё не загружены.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="999"/>
        <source>The image could not be written to {path}.</source>
        <translation>Не удалось записать изображение в {path}.</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <location filename="../../ui/dashboard_text.py" line="25"/>
        <source>Pending</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="26"/>
        <location filename="../../ui/dashboard_text.py" line="45"/>
        <location filename="../../ui/dashboard_text.py" line="59"/>
        <source>Due now</source>
        <translation>Пора звонить</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="27"/>
        <location filename="../../ui/dashboard_text.py" line="60"/>
        <source>Overdue</source>
        <translation>Просрочены</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="28"/>
        <location filename="../../ui/dashboard_text.py" line="61"/>
        <source>Due in the next hour</source>
        <translation>Срок в ближайший час</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="29"/>
        <location filename="../../ui/dashboard_text.py" line="62"/>
        <source>Unassigned in queues</source>
        <translation>Не назначены в очередях</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="30"/>
        <source>Failed (7 days)</source>
        <translation>Не выполнены (7 дней)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="31"/>
        <source>Oldest overdue</source>
        <translation>Наибольшая просрочка</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="32"/>
        <location filename="../../ui/dashboard_text.py" line="66"/>
        <source>Kept today</source>
        <translation>Выполнены сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="33"/>
        <location filename="../../ui/dashboard_text.py" line="67"/>
        <source>Broken today</source>
        <translation>Нарушены сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="34"/>
        <source>Kept in window today</source>
        <translation>Выполнены в срок сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="35"/>
        <source>Kept (7 days)</source>
        <translation>Выполнены (7 дней)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="36"/>
        <source>Broken (7 days)</source>
        <translation>Нарушены (7 дней)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="37"/>
        <source>Kept in window (7 days)</source>
        <translation>Выполнены в срок (7 дней)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="43"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="44"/>
        <source>Next hour</source>
        <translation>В ближайший час</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="46"/>
        <source>Overdue &lt; 15 min</source>
        <translation>Просрочены &lt; 15 мин</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="47"/>
        <source>Overdue 15–60 min</source>
        <translation>Просрочены 15–60 мин</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="48"/>
        <source>Overdue 1–4 h</source>
        <translation>Просрочены 1–4 ч</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="49"/>
        <source>Overdue 4–24 h</source>
        <translation>Просрочены 4–24 ч</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="50"/>
        <source>Overdue &gt; 1 day</source>
        <translation>Просрочены &gt; 1 дня</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="58"/>
        <source>Pending callbacks</source>
        <translation>Ожидающие обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="63"/>
        <source>Failed after the maximum of attempts, last 7 days</source>
        <translation>Не выполнены после максимального числа попыток, за последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="68"/>
        <source>Kept, last 7 days</source>
        <translation>Выполнены за последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="69"/>
        <source>Broken, last 7 days</source>
        <translation>Нарушены за последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="84"/>
        <source>{m} min</source>
        <translation>{m} мин</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="88"/>
        <source>{h} h {m} min</source>
        <translation>{h} ч {m} мин</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="91"/>
        <source>{h} h</source>
        <translation>{h} ч</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="94"/>
        <source>{d} d {h} h</source>
        <translation>{d} дн. {h} ч</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="97"/>
        <source>{d} d</source>
        <translation>{d} дн.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="132"/>
        <source>Due today {start}–{end}</source>
        <translation>Срок сегодня {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="134"/>
        <source>Due tomorrow {start}–{end}</source>
        <translation>Срок завтра {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="138"/>
        <source>Kept on {day}</source>
        <translation>Выполнены {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="140"/>
        <source>Broken on {day}</source>
        <translation>Нарушены {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="143"/>
        <source>Promises ending within {minutes} min, nobody on them</source>
        <translation>Обещания, истекающие в течение {minutes} мин, которыми никто не занимается</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="148"/>
        <source>Overdue, {name} (off shift)</source>
        <translation>Просрочены — {name} (не на смене)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="178"/>
        <source>{n} promise will break within {minutes} min with nobody on it</source>
        <translation>{n} обещание, которым никто не занимается, будет нарушено в течение {minutes} мин</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="182"/>
        <source>{n} promises will break within {minutes} min with nobody on them</source>
        <translation>Обещания, которыми никто не занимается, будут нарушены в течение {minutes} мин: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="188"/>
        <source>{n} overdue (alert above {limit})</source>
        <translation>Просрочено: {n} (порог оповещения: {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="196"/>
        <source>{name} is off shift with {n} overdue callback</source>
        <translation>{name}: не на смене, но есть {n} просроченный обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="200"/>
        <source>{name} is off shift with {n} overdue callbacks</source>
        <translation>{name}: не на смене, но есть просроченные обратные звонки: {n}</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="276"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="278"/>
        <source>How many callbacks</source>
        <translation>Сколько обратных звонков</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="286"/>
        <source>Callbacks behind the figure</source>
        <translation>Обратные звонки, из которых сложился показатель</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="304"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="307"/>
        <source>Open customer</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="309"/>
        <source>Show the customer on the Desk (Enter)</source>
        <translation>Показать клиента на рабочем месте (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="312"/>
        <source>Reassign…</source>
        <translation>Переназначить…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="316"/>
        <source>Move the selected callbacks to an agent or a queue (Ctrl+R)</source>
        <translation>Передать выбранные обратные звонки оператору или в очередь (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="320"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="372"/>
        <source>The first {shown} of {n} callbacks, in work order.</source>
        <translation>Первые {shown} из {n} обратных звонков, в порядке выполнения.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="376"/>
        <source>1 callback.</source>
        <translation>1 обратный звонок.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="378"/>
        <source>{n} callbacks.</source>
        <translation>Обратных звонков: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="380"/>
        <source>Closed ones are listed for reference; only open ones move.</source>
        <translation>Закрытые показаны для справки; переназначаются только открытые.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="414"/>
        <source>Could not load the list: {message}</source>
        <translation>Не удалось загрузить список: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="457"/>
        <source>Select callbacks (Shift or Ctrl for several), then Reassign…</source>
        <translation>Выберите обратные звонки (Shift или Ctrl — несколько), затем нажмите Переназначить…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="460"/>
        <source>1 selected</source>
        <translation>Выбран 1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="462"/>
        <source>{n} selected</source>
        <translation>Выбрано: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="482"/>
        <location filename="../../ui/dashboard_drill.py" line="533"/>
        <source>Select one or more open callbacks first.</source>
        <translation>Сначала выберите один или несколько открытых обратных звонков.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="513"/>
        <source>An unexpected error occurred.</source>
        <translation>Произошла непредвиденная ошибка.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="516"/>
        <source>Could not load the agents and queues: {message} Close and try again.</source>
        <translation>Не удалось загрузить операторов и очереди: {message} Закройте окно и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="553"/>
        <source>1 callback reassigned to {target}</source>
        <translation>1 обратный звонок переназначен: {target}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="554"/>
        <source>{n} callbacks reassigned to {target}</source>
        <translation>Переназначено обратных звонков: {n} → {target}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="567"/>
        <source>Nothing was reassigned: {message}</source>
        <translation>Ничего не переназначено: {message}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="118"/>
        <source>Today {time}</source>
        <translation>Сегодня {time}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="120"/>
        <source>Yesterday {time}</source>
        <translation>Вчера {time}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="123"/>
        <source>{day} {month} {time}</source>
        <translation>{day} {month} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="126"/>
        <source>{day} {month} {year} {time}</source>
        <translation>{day} {month} {year} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="135"/>
        <source>{weekday} {day} {month} {year}, {time} ({zone})</source>
        <translation>{weekday}, {day} {month} {year}, {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="150"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="160"/>
        <source>{s} s</source>
        <translation>{s} с</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="163"/>
        <source>{m} min {s} s</source>
        <translation>{m} мин {s} с</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="167"/>
        <source>{h} h {m} min</source>
        <translation>{h} ч {m} мин</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="206"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="207"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="208"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="209"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="210"/>
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="211"/>
        <source>Callback</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="212"/>
        <source>Disruption</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="220"/>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="221"/>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="222"/>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="223"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="232"/>
        <source>Inbound</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="233"/>
        <source>Outbound</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="234"/>
        <source>Internal</source>
        <translation>Внутренний</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="249"/>
        <source>Booking</source>
        <translation>Бронирование</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="250"/>
        <source>Departure date</source>
        <translation>Дата отправления</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="251"/>
        <source>Voyage</source>
        <translation>Рейс судна</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="252"/>
        <source>Flight</source>
        <translation>Рейс</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="276"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="277"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="278"/>
        <source>Placed</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="279"/>
        <source>Refunded</source>
        <translation>Возврат выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="280"/>
        <source>Scheduled</source>
        <translation>Назначен</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="281"/>
        <source>Kept</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="282"/>
        <source>Broken</source>
        <translation>Нарушен</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="283"/>
        <source>Failed</source>
        <translation>Не выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="284"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="285"/>
        <source>Reassigned</source>
        <translation>Переназначен</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="286"/>
        <source>Handed on</source>
        <translation>Передан</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="287"/>
        <source>Offered</source>
        <translation>Предложен</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="288"/>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="289"/>
        <source>Declined</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="290"/>
        <source>Timed out</source>
        <translation>Время ожидания истекло</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="291"/>
        <source>Withdrawn</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="292"/>
        <location filename="../../ui/formatting.py" line="293"/>
        <source>Became a callback</source>
        <translation>Превращён в обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="294"/>
        <source>Affected</source>
        <translation>Затронут</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="302"/>
        <source>Accepted by {name}</source>
        <translation>Принят ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="303"/>
        <source>Declined by {name}</source>
        <translation>Отклонён ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="462"/>
        <source>Do not call</source>
        <translation>Не звонить</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="469"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
</context>
<context>
    <name>GoodwillDialog</name>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="85"/>
        <source>Give goodwill to {name}</source>
        <translation>Предоставить компенсацию: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="106"/>
        <source>Kind of gesture</source>
        <translation>Вид компенсации</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="112"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="113"/>
        <source>20.00 (empty for none)</source>
        <translation>20.00 (пусто — без суммы)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="116"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="120"/>
        <source>Why it is given</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="121"/>
        <source>What went wrong, and what this makes good</source>
        <translation>Что пошло не так и что эта компенсация возмещает</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="127"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="128"/>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="129"/>
        <source>C&amp;urrency</source>
        <translation>Ва&amp;люта</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="130"/>
        <source>&amp;Why</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="144"/>
        <location filename="../../ui/goodwill_dialog.py" line="157"/>
        <source>Give</source>
        <translation>Предоставить</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="163"/>
        <source>The amount must be a number such as 20 or 20.50.</source>
        <translation>Сумма должна быть числом, например 20 или 20.50.</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="198"/>
        <source>Give another anyway</source>
        <translation>Всё равно предоставить ещё одну</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="68"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="68"/>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="94"/>
        <source>Duration: {duration}</source>
        <translation>Длительность: {duration}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history_view.py" line="125"/>
        <source>Contact history</source>
        <translation>История обращений</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="137"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="141"/>
        <source>How many contacts are shown</source>
        <translation>Сколько обращений показано</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="145"/>
        <source>Search in this history</source>
        <translation>Поиск по этой истории</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="146"/>
        <source>Search in this customer&apos;s history</source>
        <translation>Поиск по истории этого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="165"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="166"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="167"/>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="168"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="169"/>
        <source>Transfers</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="170"/>
        <source>Callbacks</source>
        <translation>Обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="171"/>
        <source>Disruptions</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="197"/>
        <source>Show only: {kind}</source>
        <translation>Показывать только: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="199"/>
        <source>Show {kind}; with no type chosen every contact shows</source>
        <translation>Показать: {kind}; если тип не выбран, показываются все обращения</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="214"/>
        <source>Contacts with this customer, newest first</source>
        <translation>Обращения этого клиента, сначала новые</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="278"/>
        <source>Pinned handover note</source>
        <translation>Закреплённая заметка о передаче</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="420"/>
        <source>Loading older contacts…</source>
        <translation>Загрузка более ранних обращений…</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="478"/>
        <source>No contacts match. Clear the search or choose other types.</source>
        <translation>Подходящих обращений нет. Очистите поиск или выберите другие типы.</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="480"/>
        <source>No contacts with this customer yet.</source>
        <translation>У этого клиента пока нет обращений.</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="505"/>
        <source>{matching} of {total} contact</source>
        <translation>Обращений: {matching} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="507"/>
        <source>{matching} of {total} contacts</source>
        <translation>Обращений: {matching} из {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history_view.py" line="512"/>
        <source>%Ln contact</source>
        <translation>
            <numerusform>%Ln обращение</numerusform>
            <numerusform>%Ln обращения</numerusform>
            <numerusform>%Ln обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history_view.py" line="512"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln обращение</numerusform>
            <numerusform>%Ln обращения</numerusform>
            <numerusform>%Ln обращений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="516"/>
        <source>{total} contacts · scroll down for older ones</source>
        <translation>Обращений: {total} · прокрутите вниз, чтобы увидеть более ранние</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="72"/>
        <location filename="../../ui/import_dialog.py" line="73"/>
        <source>Import customers</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>Import customers from a CSV file exported by a CRM or a spreadsheet (CSV UTF-8, or Excel&apos;s Unicode text). The first line must name the columns. Every row is checked first: if one row has a problem, nothing is imported and every problem is listed.</source>
        <translation>Импорт клиентов из файла CSV, выгруженного из CRM или электронной таблицы (CSV UTF-8 или «Текст Юникод» из Excel). В первой строке должны быть названия столбцов. Сначала проверяется каждая строка: если хотя бы в одной есть проблема, ничего не импортируется, а все проблемы выводятся списком.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="94"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95"/>
        <source>Choose a .csv or .txt file</source>
        <translation>Выберите файл .csv или .txt</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="97"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="99"/>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>Choose the file to import</source>
        <translation>Выбрать файл для импорта</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="108"/>
        <source>Region for national phone numbers</source>
        <translation>Регион для номеров в национальном формате</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="109"/>
        <source>e.g. TH</source>
        <translation>например TH</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="114"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="120"/>
        <source>Reads national phone numbers in rows that have no country</source>
        <translation>Используется для номеров в национальном формате в строках без страны</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="126"/>
        <source>About the file</source>
        <translation>О файле</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="131"/>
        <source>Columns and where they go</source>
        <translation>Столбцы и их назначение</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="139"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>Import result</source>
        <translation>Результат импорта</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="153"/>
        <source>Rows that were rejected</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="167"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="170"/>
        <source>Import the customers</source>
        <translation>Импортировать клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="199"/>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файлы CSV или текстовые файлы (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="219"/>
        <source>Reading the columns…</source>
        <translation>Чтение столбцов…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>commas</source>
        <translation>запятыми</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>semicolons</source>
        <translation>точками с запятой</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>tabs</source>
        <translation>табуляцией</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="233"/>
        <source>{encoding} text, columns separated by {delimiter}. Choose where each column goes:</source>
        <translation>Текст {encoding}, столбцы разделены {delimiter}. Укажите назначение каждого столбца:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="254"/>
        <source>Account or booking number</source>
        <translation>Номер аккаунта или бронирования</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="255"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="256"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="257"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="258"/>
        <source>Phone numbers</source>
        <translation>Номера телефонов</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="259"/>
        <source>E-mail addresses</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="260"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="261"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="262"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="263"/>
        <source>Do not call</source>
        <translation>Не звонить</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="264"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="265"/>
        <source>Custom field</source>
        <translation>Дополнительное поле</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="266"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="278"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="279"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="280"/>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="286"/>
        <source>(column {number}, no name)</source>
        <translation>(столбец {number}, без названия)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="294"/>
        <source>Import column “{name}” as</source>
        <translation>Импортировать столбец «{name}» как</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="337"/>
        <location filename="../../ui/import_dialog.py" line="356"/>
        <source>Checking and importing the customers…</source>
        <translation>Проверка и импорт клиентов…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="363"/>
        <source>Imported %Ln customer.</source>
        <translation>
            <numerusform>Импортирован %Ln клиент.</numerusform>
            <numerusform>Импортировано %Ln клиента.</numerusform>
            <numerusform>Импортировано %Ln клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="365"/>
        <source>Imported %Ln customers.</source>
        <translation>
            <numerusform>Импортирован %Ln клиент.</numerusform>
            <numerusform>Импортировано %Ln клиента.</numerusform>
            <numerusform>Импортировано %Ln клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="373"/>
        <source>%Ln problem</source>
        <translation>
            <numerusform>%Ln проблема</numerusform>
            <numerusform>%Ln проблемы</numerusform>
            <numerusform>%Ln проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="375"/>
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln проблема</numerusform>
            <numerusform>%Ln проблемы</numerusform>
            <numerusform>%Ln проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="378"/>
        <source>%Ln line</source>
        <translation>
            <numerusform>%Ln строке</numerusform>
            <numerusform>%Ln строках</numerusform>
            <numerusform>%Ln строках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="380"/>
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln строке</numerusform>
            <numerusform>%Ln строках</numerusform>
            <numerusform>%Ln строках</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="384"/>
        <source>Nothing was imported: {problems} on {lines}. Fix them in the file and import it again.</source>
        <translation>Ничего не импортировано: {problems} в {lines}. Исправьте их в файле и повторите импорт.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="397"/>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <location filename="../../ui/incident_banner.py" line="227"/>
        <location filename="../../ui/incident_banner.py" line="375"/>
        <source>Disruption</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="389"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="308"/>
        <source>New disruption: {name}. {facts}</source>
        <translation>Новый инцидент: {name}. {facts}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="391"/>
        <source>Facts updated</source>
        <translation>Сведения обновлены</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="319"/>
        <source>Facts updated for {name}: {facts}</source>
        <translation>Обновлены сведения по инциденту {name}: {facts}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="342"/>
        <source>Updated {when} by {who}</source>
        <translation>Обновлено: {when}, {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="343"/>
        <source>Updated {when}</source>
        <translation>Обновлено: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="377"/>
        <source>{n} disruptions</source>
        <translation>Инцидентов: {n}</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="137"/>
        <location filename="../../ui/incident_dialog.py" line="138"/>
        <source>Disruptions</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="221"/>
        <source>&amp;Open and recent</source>
        <translation>&amp;Открытые и недавние</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="225"/>
        <source>Open and recent disruptions</source>
        <translation>Открытые и недавние инциденты</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="232"/>
        <source>No disruption is open or was closed lately. Declare one with New disruption… when an event hits many customers at once.</source>
        <translation>Нет открытых или недавно закрытых инцидентов. Если событие затрагивает сразу многих клиентов, объявите инцидент кнопкой «Новый инцидент…».</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="242"/>
        <source>&amp;New disruption…</source>
        <translation>&amp;Новый инцидент…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="242"/>
        <source>Declare a new disruption</source>
        <translation>Объявить новый инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="271"/>
        <source>Close this window</source>
        <translation>Закрыть это окно</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="284"/>
        <source>Declare a disruption</source>
        <translation>Объявление инцидента</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="288"/>
        <source>Every console shows its name and facts in a banner as soon as you declare it. You can edit the facts later; every edit is kept.</source>
        <translation>Сразу после объявления его название и сведения появятся в баннере на каждой консоли. Сведения можно изменить позже; все правки сохраняются.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="297"/>
        <source>Name of the disruption</source>
        <translation>Название инцидента</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="298"/>
        <source>Such as “AUR-1127 fire on board”</source>
        <translation>Например, «AUR-1127: пожар на борту»</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="301"/>
        <source>Facts agents may tell customers</source>
        <translation>Сведения, которые операторы могут сообщать клиентам</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="302"/>
        <source>What agents may tell customers now</source>
        <translation>Что операторы могут сейчас сообщать клиентам</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="305"/>
        <location filename="../../ui/incident_dialog.py" line="368"/>
        <source>Standards communicated</source>
        <translation>Объявленные стандарты</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="306"/>
        <source>Such as “Refunds are processed within 5 business days”</source>
        <translation>Например, «Возврат средств оформляется в течение 5 рабочих дней»</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="310"/>
        <source>Queue that makes the callbacks</source>
        <translation>Очередь, выполняющая обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="311"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="316"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="318"/>
        <source>&amp;Declare</source>
        <translation>О&amp;бъявить</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="318"/>
        <source>Declare the disruption</source>
        <translation>Объявить инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="319"/>
        <source>Declare it: every console shows the banner (Ctrl+Enter)</source>
        <translation>Объявить: баннер появится на каждой консоли (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="328"/>
        <source>Na&amp;me</source>
        <translation>На&amp;звание</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="330"/>
        <source>&amp;Facts</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="332"/>
        <source>&amp;Standards</source>
        <translation>С&amp;тандарты</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="334"/>
        <source>&amp;Queue</source>
        <translation>Оч&amp;ередь</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="359"/>
        <source>About this disruption</source>
        <translation>Об этом инциденте</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="363"/>
        <source>What agents tell customers</source>
        <translation>Что операторы сообщают клиентам</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="365"/>
        <source>Current facts</source>
        <translation>Текущие сведения</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="365"/>
        <source>The facts</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="369"/>
        <source>The standards communicated</source>
        <translation>Объявленные стандарты</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="375"/>
        <source>Facts result</source>
        <translation>Результат обновления сведений</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="377"/>
        <source>&amp;Publish new facts</source>
        <translation>Опу&amp;бликовать новые сведения</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="378"/>
        <source>Publish the new facts to every console</source>
        <translation>Опубликовать новые сведения на всех консолях</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="379"/>
        <source>Every console&apos;s banner shows them at once (Ctrl+Enter)</source>
        <translation>Баннер на каждой консоли сразу покажет их (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="384"/>
        <source>Every edit of the facts, newest first</source>
        <translation>Все правки сведений, сначала новые</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="394"/>
        <source>F&amp;acts</source>
        <translation>С&amp;ведения</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="398"/>
        <source>S&amp;tandards</source>
        <translation>Ст&amp;андарты</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="404"/>
        <source>&amp;History of the facts</source>
        <translation>&amp;История сведений</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="414"/>
        <source>Who is affected</source>
        <translation>Кого затрагивает</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="417"/>
        <source>Customer field</source>
        <translation>Поле клиента</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="421"/>
        <source>Value of the field</source>
        <translation>Значение поля</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="425"/>
        <source>Add &amp;matching customers</source>
        <translation>Добавить подходящих к&amp;лиентов</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="426"/>
        <source>Add every customer whose field has this value</source>
        <translation>Добавить всех клиентов, у которых в этом поле такое значение</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="435"/>
        <source>Fi&amp;eld</source>
        <translation>&amp;Поле</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="442"/>
        <source>Account or booking numbers</source>
        <translation>Номера аккаунтов или бронирований</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="443"/>
        <source>One account or booking number per line, or paste a CSV export</source>
        <translation>По одному номеру аккаунта или бронирования в строке, или вставьте выгрузку CSV</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="446"/>
        <source>Read a CSV &amp;file…</source>
        <translation>Прочитать &amp;файл CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="447"/>
        <source>Read the list from a CSV file</source>
        <translation>Прочитать список из файла CSV</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="451"/>
        <source>Add the &amp;list</source>
        <translation>Добавить спи&amp;сок</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="452"/>
        <source>Add the customers listed (all or nothing)</source>
        <translation>Добавить перечисленных клиентов (всех или никого)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="460"/>
        <source>What adding customers did</source>
        <translation>Результат добавления клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="464"/>
        <source>Lines that cannot be used</source>
        <translation>Строки, которые нельзя использовать</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="468"/>
        <source>Or a list (a&amp;ll or nothing):</source>
        <translation>Или списко&amp;м (все или никого):</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="480"/>
        <source>Proactive callbacks</source>
        <translation>Проактивные обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="483"/>
        <source>Promise a callback to every affected customer who has none open: the most urgent first, each in their calling window, spread over the queue&apos;s agents. Running it again creates none for those who already have one.</source>
        <translation>Пообещать обратный звонок каждому затронутому клиенту, у которого нет открытого: сначала самым срочным, каждому — в его окно для звонков, с распределением между операторами очереди. Повторный запуск не создаёт звонков тем, у кого они уже есть.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="492"/>
        <source>&amp;Call every affected customer</source>
        <translation>Позвонить всем &amp;затронутым клиентам</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="493"/>
        <source>Create a callback for every affected customer who has none open</source>
        <translation>Создать обратный звонок каждому затронутому клиенту, у которого нет открытого</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="498"/>
        <source>Creating the callbacks</source>
        <translation>Создание обратных звонков</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="502"/>
        <source>What calling every affected customer did</source>
        <translation>Результат обзвона затронутых клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="514"/>
        <source>Cl&amp;ose disruption…</source>
        <translation>За&amp;крыть инцидент…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="515"/>
        <source>Close the disruption (asks first)</source>
        <translation>Закрыть инцидент (с подтверждением)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="516"/>
        <source>Removes the banner; callbacks stay, and each customer&apos;s history keeps it</source>
        <translation>Убирает баннер; обратные звонки остаются, а инцидент сохраняется в истории каждого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="519"/>
        <source>Close result</source>
        <translation>Результат закрытия</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="593"/>
        <location filename="../../ui/incident_dialog.py" line="651"/>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="593"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="594"/>
        <source>{n} affected</source>
        <translation>Затронуто: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="651"/>
        <source>Closed {when}</source>
        <translation>Закрыт: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="655"/>
        <source>declared {when} by {who}</source>
        <translation>объявлен: {when}, {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="657"/>
        <location filename="../../ui/incident_dialog.py" line="676"/>
        <source>someone</source>
        <translation>неизвестно кем</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="659"/>
        <source>callbacks by queue {queue}</source>
        <translation>обратные звонки — очередь {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="660"/>
        <source>no queue for callbacks</source>
        <translation>нет очереди для обратных звонков</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="661"/>
        <source>{n} customers affected</source>
        <translation>Затронуто клиентов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="674"/>
        <source>{when} · {who}</source>
        <translation>{when} · {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="679"/>
        <source>(current)</source>
        <translation>(текущая)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="682"/>
        <source>Standards: {text}</source>
        <translation>Стандарты: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="736"/>
        <source>Choose… (none: no proactive callbacks)</source>
        <translation>Выберите… (не выбрано — без проактивных обратных звонков)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="813"/>
        <source>Published at {time}: every console shows the new facts.</source>
        <translation>Опубликовано в {time}: все консоли показывают новые сведения.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="840"/>
        <source>Choose the list of affected customers</source>
        <translation>Выберите список затронутых клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="841"/>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV или текстовые файлы (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="864"/>
        <source>Read %Ln line from {file}: check it, then Add the list.</source>
        <translation>
            <numerusform>Из файла {file} прочитана %Ln строка: проверьте её, затем нажмите «Добавить список».</numerusform>
            <numerusform>Из файла {file} прочитаны %Ln строки: проверьте их, затем нажмите «Добавить список».</numerusform>
            <numerusform>Из файла {file} прочитано %Ln строк: проверьте их, затем нажмите «Добавить список».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="867"/>
        <source>Read %Ln lines from {file}: check them, then Add the list.</source>
        <translation>
            <numerusform>Из файла {file} прочитана %Ln строка: проверьте её, затем нажмите «Добавить список».</numerusform>
            <numerusform>Из файла {file} прочитаны %Ln строки: проверьте их, затем нажмите «Добавить список».</numerusform>
            <numerusform>Из файла {file} прочитано %Ln строк: проверьте их, затем нажмите «Добавить список».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="901"/>
        <source>Added %Ln customer; {already} were already affected.</source>
        <translation>
            <numerusform>Добавлен %Ln клиент; уже были затронуты: {already}.</numerusform>
            <numerusform>Добавлено %Ln клиента; уже были затронуты: {already}.</numerusform>
            <numerusform>Добавлено %Ln клиентов; уже были затронуты: {already}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="903"/>
        <source>Added %Ln customers; {already} were already affected.</source>
        <translation>
            <numerusform>Добавлен %Ln клиент; уже были затронуты: {already}.</numerusform>
            <numerusform>Добавлено %Ln клиента; уже были затронуты: {already}.</numerusform>
            <numerusform>Добавлено %Ln клиентов; уже были затронуты: {already}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="917"/>
        <source>Nothing was added: %Ln line cannot be used. Correct it and add again.</source>
        <translation>
            <numerusform>Ничего не добавлено: %Ln строку нельзя использовать. Исправьте её и добавьте снова.</numerusform>
            <numerusform>Ничего не добавлено: %Ln строки нельзя использовать. Исправьте их и добавьте снова.</numerusform>
            <numerusform>Ничего не добавлено: %Ln строк нельзя использовать. Исправьте их и добавьте снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="920"/>
        <source>Nothing was added: %Ln lines cannot be used. Correct them and add again.</source>
        <translation>
            <numerusform>Ничего не добавлено: %Ln строку нельзя использовать. Исправьте её и добавьте снова.</numerusform>
            <numerusform>Ничего не добавлено: %Ln строки нельзя использовать. Исправьте их и добавьте снова.</numerusform>
            <numerusform>Ничего не добавлено: %Ln строк нельзя использовать. Исправьте их и добавьте снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="987"/>
        <source>Created %Ln callback: due {first} (your time).</source>
        <translation>
            <numerusform>Создан %Ln обратный звонок: срок — {first} (по вашему времени).</numerusform>
            <numerusform>Создано %Ln обратных звонка: срок — {first} (по вашему времени).</numerusform>
            <numerusform>Создано %Ln обратных звонков: срок — {first} (по вашему времени).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="990"/>
        <source>Created %Ln callbacks: the first due {first}, the last {last} (your time).</source>
        <translation>
            <numerusform>Создан %Ln обратный звонок: первый — {first}, последний — {last} (по вашему времени).</numerusform>
            <numerusform>Создано %Ln обратных звонка: первый — {first}, последний — {last} (по вашему времени).</numerusform>
            <numerusform>Создано %Ln обратных звонков: первый — {first}, последний — {last} (по вашему времени).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="1000"/>
        <source>Created %Ln callback.</source>
        <translation>
            <numerusform>Создан %Ln обратный звонок.</numerusform>
            <numerusform>Создано %Ln обратных звонка.</numerusform>
            <numerusform>Создано %Ln обратных звонков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="1002"/>
        <source>Created %Ln callbacks.</source>
        <translation>
            <numerusform>Создан %Ln обратный звонок.</numerusform>
            <numerusform>Создано %Ln обратных звонка.</numerusform>
            <numerusform>Создано %Ln обратных звонков.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="924"/>
        <source>Nothing was added: {problem}.</source>
        <translation>Ничего не добавлено: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="944"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="963"/>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="963"/>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="965"/>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="975"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1005"/>
        <source>Created no new callback.</source>
        <translation>Новые обратные звонки не созданы.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1007"/>
        <source>Already had one open: {had} · Do not call: {dnc} · No phone number: {phone} · No calling window: {window}</source>
        <translation>Уже был открытый: {had} · Не звонить: {dnc} · Нет номера телефона: {phone} · Нет окна для звонков: {window}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1013"/>
        <source>Took {s} s.</source>
        <translation>Время выполнения: {s} с.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1027"/>
        <source>Close the disruption</source>
        <translation>Закрытие инцидента</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1028"/>
        <source>Close “{name}”?</source>
        <translation>Закрыть «{name}»?</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1031"/>
        <source>The banner disappears from every console. The callbacks already made stay and are worked as promised; each customer&apos;s history keeps the disruption.</source>
        <translation>Баннер исчезнет со всех консолей. Уже созданные обратные звонки останутся и будут выполнены, как обещано; инцидент сохранится в истории каждого клиента.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1035"/>
        <source>Close disruption</source>
        <translation>Закрыть инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1037"/>
        <source>Keep it open</source>
        <translation>Оставить открытым</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1061"/>
        <source>Closed. The banner is gone; its callbacks stay.</source>
        <translation>Закрыт. Баннер убран; обратные звонки по инциденту остаются.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1094"/>
        <source>The database cannot be reached: nothing was saved. Try again.</source>
        <translation>Нет связи с базой данных: ничего не сохранено. Попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1219"/>
        <location filename="../../ui/incident_dialog.py" line="1228"/>
        <source>Disruptions</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1233"/>
        <source>Disruptions and their callbacks</source>
        <translation>Инциденты и их обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1249"/>
        <source>Click a disruption (or Enter) to list its callbacks.</source>
        <translation>Щёлкните инцидент (или нажмите Enter), чтобы показать его обратные звонки.</translation>
    </message>
</context>
<context>
    <name>IncidentRow</name>
    <message>
        <location filename="../../ui/incident_banner.py" line="117"/>
        <source>Facts updated</source>
        <translation>Сведения обновлены</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="123"/>
        <source>When and by whom the facts were updated</source>
        <translation>Когда и кем обновлены сведения</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="127"/>
        <source>What to tell customers</source>
        <translation>Что сообщать клиентам</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="137"/>
        <source>Our standards</source>
        <translation>Наши стандарты</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="176"/>
        <source>Disruption: {name}</source>
        <translation>Инцидент: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="180"/>
        <source>Our standards: {standards}</source>
        <translation>Наши стандарты: {standards}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="214"/>
        <source>Facts: {facts}</source>
        <translation>Сведения: {facts}</translation>
    </message>
</context>
<context>
    <name>IncidentStatsModel</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1140"/>
        <source>Disruption</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1140"/>
        <source>Affected</source>
        <translation>Затронуто</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1140"/>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1141"/>
        <source>Pending</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1141"/>
        <source>Broken
promises</source>
        <translation>Нарушенные
обещания</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1141"/>
        <source>No promise
yet</source>
        <translation>Пока без
обещания</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1142"/>
        <source>Average wait to
first contact</source>
        <translation>Среднее ожидание
первого контакта</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1148"/>
        <source>The disruption (closed ones stay for 30 days)</source>
        <translation>Инцидент (закрытые показываются 30 дней)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1149"/>
        <source>Customers affected</source>
        <translation>Затронутые клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1150"/>
        <source>Customers reached on one of its callbacks (kept or broken)</source>
        <translation>Клиенты, до которых дозвонились по одному из его обратных звонков (выполненному или нарушенному)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1151"/>
        <source>Its callbacks still to make</source>
        <translation>Его обратные звонки, которые ещё предстоит выполнить</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1152"/>
        <source>Its promises broken or failed, and those overdue now</source>
        <translation>Его нарушенные или невыполненные обещания, а также просроченные сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1153"/>
        <source>Affected customers with no callback for it and none open</source>
        <translation>Затронутые клиенты без обратного звонка по нему и без открытых звонков</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1154"/>
        <source>From the declaration to reaching the customer, on average</source>
        <translation>В среднем от объявления до контакта с клиентом</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1162"/>
        <source>{name} (closed)</source>
        <translation>{name} (закрыт)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1174"/>
        <source>Nobody reached yet</source>
        <translation>Пока ни с кем не связались</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="156"/>
        <source>Callbacks for the disruption “{name}”</source>
        <translation>Обратные звонки по инциденту «{name}»</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../ui/formatting.py" line="357"/>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="358"/>
        <source>Danish</source>
        <translation>датский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="359"/>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="360"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="361"/>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="362"/>
        <source>Estonian</source>
        <translation>эстонский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="363"/>
        <source>Persian</source>
        <translation>персидский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="364"/>
        <source>Finnish</source>
        <translation>финский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="365"/>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="366"/>
        <source>Italian</source>
        <translation>итальянский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="367"/>
        <source>Japanese</source>
        <translation>японский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="368"/>
        <source>Lithuanian</source>
        <translation>литовский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="369"/>
        <source>Latvian</source>
        <translation>латышский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="370"/>
        <source>Dutch</source>
        <translation>нидерландский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="371"/>
        <source>Norwegian</source>
        <translation>норвежский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="372"/>
        <source>Polish</source>
        <translation>польский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="373"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="374"/>
        <source>Swedish</source>
        <translation>шведский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="375"/>
        <source>Thai</source>
        <translation>тайский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="376"/>
        <source>Turkish</source>
        <translation>турецкий</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="377"/>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="378"/>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="62"/>
        <source>Sign in to the team&apos;s server</source>
        <translation>Вход на сервер команды</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="63"/>
        <location filename="../../ui/login_dialog.py" line="107"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="67"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="71"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="72"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="73"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="74"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="79"/>
        <source>TLS mode</source>
        <translation>Режим TLS</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="80"/>
        <source>CA file</source>
        <translation>Файл CA</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="81"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="86"/>
        <source>Remember me (in this computer&apos;s keyring)</source>
        <translation>Запомнить меня (в хранилище паролей этого компьютера)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="99"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="100"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="101"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="102"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="103"/>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="104"/>
        <source>&amp;TLS mode:</source>
        <translation>&amp;Режим TLS:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="105"/>
        <source>&amp;CA file:</source>
        <translation>&amp;Файл CA:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="129"/>
        <source>The CA certificate</source>
        <translation>Сертификат CA</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="129"/>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation>Сертификаты (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="139"/>
        <source>This computer has no password store (keyring), so the password cannot be remembered: you will type it each time.</source>
        <translation>На этом компьютере нет хранилища паролей (keyring), поэтому пароль нельзя запомнить: его придётся вводить каждый раз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Customers and callbacks</source>
        <translation>Клиенты и обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <location filename="../../ui/main_window.py" line="853"/>
        <source>Callbacks</source>
        <translation>Обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Find a customer</source>
        <translation>Поиск клиента</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Offline</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Desk and dashboard</source>
        <translation>Рабочее место и панель мониторинга</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Desk</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Dashboard</source>
        <translation>Панель мониторинга</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Connection status</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>&amp;Import customers…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>&amp;Find customer…</source>
        <translation>&amp;Найти клиента…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Add &amp;note</source>
        <translation>Добавить &amp;заметку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Редактировать клиента…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Ne&amp;w customer…</source>
        <translation>Но&amp;вый клиент…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Give &amp;goodwill…</source>
        <translation>Предоставить &amp;компенсацию…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Schedule &amp;callback…</source>
        <translation>&amp;Назначить обратный звонок…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>&amp;My callbacks</source>
        <translation>&amp;Мои обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>&amp;Next callback</source>
        <translation>&amp;Следующий обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>&amp;Export my callbacks to a calendar…</source>
        <translation>&amp;Экспорт моих обратных звонков в календарь…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>Warm &amp;transfer…</source>
        <translation>&amp;Тёплый перевод…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>&amp;About Agent Console</source>
        <translation>&amp;О программе Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;Customer</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>C&amp;allbacks</source>
        <translation>&amp;Обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>&amp;Desk</source>
        <translation>&amp;Рабочее место</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>D&amp;ashboard</source>
        <translation>&amp;Панель мониторинга</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>&amp;Declare or manage…</source>
        <translation>&amp;Объявить или управлять…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>Disrupt&amp;ion</source>
        <translation>&amp;Инциденты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>The language could not be saved in {path}: {error}</source>
        <translation>Не удалось сохранить язык в {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>the system language</source>
        <translation>язык системы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>Agent Console will be in {language} the next time it starts.</source>
        <translation>При следующем запуске Agent Console будет использовать язык: {language}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>It cannot change now: {reason}.</source>
        <translation>Сейчас сменить язык нельзя: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>This computer sets AGENT_CONSOLE_LANGUAGE, which still wins over this choice.</source>
        <translation>На этом компьютере задана переменная AGENT_CONSOLE_LANGUAGE, и она по-прежнему важнее этого выбора.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532"/>
        <source>The console is now in {language}.</source>
        <translation>Консоль переключена на язык: {language}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>the database cannot be reached right now</source>
        <translation>сейчас нет связи с базой данных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="552"/>
        <source>a note is waiting to be saved</source>
        <translation>заметка ожидает сохранения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>close “{window}” first</source>
        <translation>сначала закройте окно «{window}»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="771"/>
        <location filename="../../ui/main_window.py" line="787"/>
        <location filename="../../ui/main_window.py" line="938"/>
        <source>Open a customer first.</source>
        <translation>Сначала откройте клиента.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="121"/>
        <source>Handover accepted {time}</source>
        <translation>Передача принята: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="821"/>
        <source>Nothing is due right now: no callback to take.</source>
        <translation>Сейчас нет обратных звонков, срок которых наступил.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="853"/>
        <source>Callbacks ({n})</source>
        <translation>Обратные звонки ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="861"/>
        <source>Export my callbacks</source>
        <translation>Экспорт моих обратных звонков</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="862"/>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="930"/>
        <source>Open a customer first, then edit it.</source>
        <translation>Сначала откройте клиента, затем редактируйте его.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="998"/>
        <source>&amp;Unsaved notes ({n})</source>
        <translation>Не&amp;сохранённые заметки ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1048"/>
        <source>Move from the search box into the results</source>
        <translation>Перейти из поля поиска к результатам</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1048"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1049"/>
        <source>Open the selected customer</source>
        <translation>Открыть выбранного клиента</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1049"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1050"/>
        <source>Back to the search box</source>
        <translation>Вернуться в поле поиска</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1050"/>
        <source>Up on the first result, or Esc</source>
        <translation>Вверх на первом результате или Esc</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1051"/>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1051"/>
        <source>Esc in the search box</source>
        <translation>Esc в поле поиска</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1052"/>
        <source>Next or previous field in a form</source>
        <translation>Перейти к следующему или предыдущему полю формы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1052"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1053"/>
        <source>Open a menu</source>
        <translation>Открыть меню</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1053"/>
        <source>Alt + the underlined letter</source>
        <translation>Alt + подчёркнутая буква</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1087"/>
        <source>agent</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1088"/>
        <source>supervisor</source>
        <translation>супервайзер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1089"/>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1098"/>
        <source>team</source>
        <translation>командный режим</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1098"/>
        <source>single-user</source>
        <translation>однопользовательский режим</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1100"/>
        <source>Connected · {mode} · {database} · {user}</source>
        <translation>Подключено · {mode} · {database} · {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1136"/>
        <source>Needs the database, which cannot be reached right now. The console reconnects by itself; what you type is kept.</source>
        <translation>Нужна база данных, с которой сейчас нет связи. Консоль переподключится сама; введённый текст сохраняется.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1153"/>
        <source>Connected again: notes waiting to be saved are saved now.</source>
        <translation>Подключение восстановлено: заметки, ожидавшие сохранения, сохраняются сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1106"/>
        <source>Offline · reconnecting… · {user}</source>
        <translation>Нет подключения · переподключение… · {user}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="888"/>
        <source>%Ln callback exported to {path}.</source>
        <translation>
            <numerusform>%Ln обратный звонок экспортирован в {path}.</numerusform>
            <numerusform>%Ln обратных звонка экспортированы в {path}.</numerusform>
            <numerusform>%Ln обратных звонков экспортировано в {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="890"/>
        <source>%Ln callbacks exported to {path}.</source>
        <translation>
            <numerusform>%Ln обратный звонок экспортирован в {path}.</numerusform>
            <numerusform>%Ln обратных звонка экспортированы в {path}.</numerusform>
            <numerusform>%Ln обратных звонков экспортировано в {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1010"/>
        <source>%Ln unsaved note from last time: Customer ▸ Unsaved notes.</source>
        <translation>
            <numerusform>%Ln несохранённая заметка с прошлого раза: Клиент ▸ Несохранённые заметки.</numerusform>
            <numerusform>%Ln несохранённые заметки с прошлого раза: Клиент ▸ Несохранённые заметки.</numerusform>
            <numerusform>%Ln несохранённых заметок с прошлого раза: Клиент ▸ Несохранённые заметки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1013"/>
        <source>%Ln unsaved notes from last time: Customer ▸ Unsaved notes.</source>
        <translation>
            <numerusform>%Ln несохранённая заметка с прошлого раза: Клиент ▸ Несохранённые заметки.</numerusform>
            <numerusform>%Ln несохранённые заметки с прошлого раза: Клиент ▸ Несохранённые заметки.</numerusform>
            <numerusform>%Ln несохранённых заметок с прошлого раза: Клиент ▸ Несохранённые заметки.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1110"/>
        <source>Offline: {message}
What is on screen may be out of date. The console keeps trying to reconnect; press F5 to try now.</source>
        <translation>Нет подключения: {message}
Данные на экране могут быть устаревшими. Консоль продолжает попытки переподключиться; нажмите F5, чтобы попробовать сейчас.</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../../ui/note_composer.py" line="96"/>
        <source>Add a note or log a call</source>
        <translation>Добавить заметку или записать звонок</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="126"/>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="127"/>
        <location filename="../../ui/note_composer.py" line="531"/>
        <source>Add a note about this customer…</source>
        <translation>Добавьте заметку об этом клиенте…</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="132"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="133"/>
        <source>Write a note about this customer</source>
        <translation>Написать заметку об этом клиенте</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="134"/>
        <source>Log call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="135"/>
        <source>Record a call and how it ended</source>
        <translation>Записать звонок и его результат</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="145"/>
        <source>Call direction</source>
        <translation>Направление звонка</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="146"/>
        <source>Inbound</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="146"/>
        <source>Outbound</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="151"/>
        <source>Call outcome</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="157"/>
        <location filename="../../ui/note_composer.py" line="534"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="159"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="160"/>
        <location filename="../../ui/note_composer.py" line="536"/>
        <source>Save the note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="162"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="168"/>
        <source>Note status</source>
        <translation>Статус заметки</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="265"/>
        <location filename="../../ui/note_composer.py" line="231"/>
        <source>Resolved</source>
        <translation>Вопрос решён</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="266"/>
        <location filename="../../ui/note_composer.py" line="232"/>
        <source>Informed</source>
        <translation>Клиент проинформирован</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="267"/>
        <location filename="../../ui/note_composer.py" line="233"/>
        <source>Callback promised</source>
        <translation>Обещан обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="268"/>
        <location filename="../../ui/note_composer.py" line="234"/>
        <source>Transferred</source>
        <translation>Звонок переведён</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="269"/>
        <location filename="../../ui/note_composer.py" line="235"/>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="270"/>
        <location filename="../../ui/note_composer.py" line="236"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="271"/>
        <location filename="../../ui/note_composer.py" line="237"/>
        <source>Voicemail</source>
        <translation>Голосовая почта</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="543"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="542"/>
        <source>Your unsaved draft is back.</source>
        <translation>Ваш несохранённый черновик восстановлен.</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="554"/>
        <source>Your text could not be kept as a draft ({error}). Save it before you close the console.</source>
        <translation>Не удалось сохранить ваш текст как черновик ({error}). Сохраните его, прежде чем закрывать консоль.</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="546"/>
        <source>Not saved yet: the database cannot be reached. Your text is kept as a draft and is saved as soon as the connection is back.</source>
        <translation>Пока не сохранено: нет связи с базой данных. Текст хранится как черновик и будет сохранён, как только связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="529"/>
        <source>What was the call about? (optional)</source>
        <translation>О чём был звонок? (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="534"/>
        <source>Save call</source>
        <translation>Сохранить звонок</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="536"/>
        <source>Log the call</source>
        <translation>Записать звонок</translation>
    </message>
</context>
<context>
    <name>PopBanner</name>
    <message>
        <location filename="../../ui/pop_banner.py" line="91"/>
        <source>queue {queue}</source>
        <translation>очередь {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="94"/>
        <source>{window}, owned by {who}</source>
        <translation>{window}, исполнитель: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="100"/>
        <source>Callback overdue</source>
        <translation>Обратный звонок просрочен</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="102"/>
        <source>Callback promised</source>
        <translation>Обещан обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="117"/>
        <source>Promise made</source>
        <translation>Дано обещание</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="118"/>
        <source>{when} by {agent}: {summary}</source>
        <translation>{when} — {agent}: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="121"/>
        <source>an agent</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="135"/>
        <source>Recent transfer</source>
        <translation>Недавний перевод</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="136"/>
        <source>{when}: {summary}</source>
        <translation>{when}: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="147"/>
        <source>by {agent}</source>
        <translation>оператор: {agent}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="151"/>
        <source>Last contact</source>
        <translation>Последнее обращение</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="153"/>
        <source>Last contact (a promise)</source>
        <translation>Последнее обращение (обещание)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="232"/>
        <location filename="../../ui/pop_banner.py" line="260"/>
        <source>Why they may be calling</source>
        <translation>Возможная причина звонка</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="249"/>
        <source>Dismiss the call banner</source>
        <translation>Закрыть баннер звонка</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="250"/>
        <source>Dismiss (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="304"/>
        <location filename="../../ui/pop_banner.py" line="337"/>
        <source>Incoming call {number}</source>
        <translation>Входящий звонок {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="305"/>
        <source>Looking up the caller…</source>
        <translation>Поиск звонящего…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="316"/>
        <source>No earlier contact on file.</source>
        <translation>Ранее обращений не было.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="321"/>
        <source>New caller</source>
        <translation>Новый звонящий</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="325"/>
        <source>No customer has the number {number} (given as “{typed}”).</source>
        <translation>Нет клиента с номером {number} (указан как «{typed}»).</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="327"/>
        <source>No customer has the number {number}.</source>
        <translation>Нет клиента с номером {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="330"/>
        <source>&amp;Create customer…</source>
        <translation>&amp;Создать клиента…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="331"/>
        <source>Create a customer with this number</source>
        <translation>Создать клиента с этим номером</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pop_banner.py" line="339"/>
        <source>%Ln customers share this number: choose who is calling.</source>
        <translation>
            <numerusform>Этот номер есть у %Ln клиента: выберите, кто звонит.</numerusform>
            <numerusform>Этот номер есть у %Ln клиентов: выберите, кто звонит.</numerusform>
            <numerusform>Этот номер есть у %Ln клиентов: выберите, кто звонит.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="341"/>
        <source>C&amp;hoose the caller…</source>
        <translation>&amp;Выбрать звонящего…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="342"/>
        <source>Choose the caller</source>
        <translation>Выберите звонящего</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="360"/>
        <source>affected: tell them the current facts (the banner at the top)</source>
        <translation>затронут: сообщите текущие сведения (баннер вверху)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="362"/>
        <source>Disruption</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="388"/>
        <source>Call ID {id}</source>
        <translation>ID звонка {id}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="390"/>
        <source>Queue {queue}</source>
        <translation>Очередь {queue}</translation>
    </message>
</context>
<context>
    <name>PopController</name>
    <message>
        <location filename="../../ui/pop_controller.py" line="185"/>
        <source>{number}: choose who is calling.</source>
        <translation>{number}: выберите, кто звонит.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="249"/>
        <source>Call from {name} ({number})</source>
        <translation>Звонок от клиента {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="180"/>
        <source>New caller {number}: no customer has this number yet.</source>
        <translation>Новый звонящий {number}: клиента с этим номером пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="261"/>
        <source>Call from an unknown number {number}</source>
        <translation>Звонок с неизвестного номера {number}</translation>
    </message>
    <message>
        <location filename="../../ui/console_session.py" line="154"/>
        <source>Screen-pop listener on 127.0.0.1:{port}</source>
        <translation>Приём всплывающих карточек звонков (screen pop): 127.0.0.1:{port}</translation>
    </message>
    <message>
        <location filename="../../ui/console_session.py" line="166"/>
        <source>The screen-pop listener is off: {reason}</source>
        <translation>Приём всплывающих карточек звонков (screen pop) отключён: {reason}</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="29"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="30"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="42"/>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43"/>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="33"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="34"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="35"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="36"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="37"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="38"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="39"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40"/>
        <source>Copy &amp;Link Location</source>
        <translation>Копировать &amp;адрес ссылки</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="74"/>
        <location filename="../../ui/dashboard_drill.py" line="75"/>
        <source>Reassign callbacks</source>
        <translation>Переназначение обратных звонков</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="81"/>
        <source>To an &amp;agent</source>
        <translation>&amp;Оператору</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="83"/>
        <source>Reassign to an agent</source>
        <translation>Переназначить оператору</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="84"/>
        <source>To a &amp;queue</source>
        <translation>В о&amp;чередь</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="86"/>
        <source>Reassign to a queue</source>
        <translation>Переназначить в очередь</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="94"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="97"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="99"/>
        <source>Choose an agent</source>
        <translation>Выберите оператора</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="100"/>
        <source>Choose a queue</source>
        <translation>Выберите очередь</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="104"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="108"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="109"/>
        <source>Why (kept in the callback&apos;s history)</source>
        <translation>Почему (сохраняется в истории обратного звонка)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="126"/>
        <location filename="../../ui/dashboard_drill.py" line="222"/>
        <source>Reassign</source>
        <translation>Переназначить</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="136"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="155"/>
        <source>Reassign 1 callback</source>
        <translation>Переназначить 1 обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="156"/>
        <source>Reassign {n} callbacks</source>
        <translation>Переназначить обратные звонки: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="175"/>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="205"/>
        <source>Choose the agent who takes them, and say why.</source>
        <translation>Выберите оператора, который их примет, и укажите причину.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="206"/>
        <source>Choose the queue that takes them, and say why.</source>
        <translation>Выберите очередь, которая их примет, и укажите причину.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="208"/>
        <source>Type a reason: it is kept in each callback&apos;s history.</source>
        <translation>Укажите причину: она сохраняется в истории каждого обратного звонка.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="222"/>
        <source>Reassigning…</source>
        <translation>Переназначение…</translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="149"/>
        <location filename="../../ui/script_editor_dialog.py" line="790"/>
        <source>Scripts</source>
        <translation>Скрипты</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="150"/>
        <source>Script editor</source>
        <translation>Редактор скриптов</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="171"/>
        <source>All scripts, in library order</source>
        <translation>Все скрипты в порядке библиотеки</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="174"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="174"/>
        <source>A new script</source>
        <translation>Новый скрипт</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="177"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="180"/>
        <source>Earlier in the library</source>
        <translation>Выше в библиотеке</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="183"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="186"/>
        <source>Later in the library</source>
        <translation>Ниже в библиотеке</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="189"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="192"/>
        <source>Import scripts from a file</source>
        <translation>Импортировать скрипты из файла</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="195"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="198"/>
        <source>Export every script to a file</source>
        <translation>Экспортировать все скрипты в файл</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="215"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="220"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="220"/>
        <source>e.g. refund-delay</source>
        <translation>например refund-delay</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="221"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="224"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="228"/>
        <source>Description for agents</source>
        <translation>Описание для операторов</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="234"/>
        <source>Language shown when the customer&apos;s is missing</source>
        <translation>Язык, который показывается, если язык клиента не указан</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="237"/>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="237"/>
        <source>e.g. Ctrl+Alt+R (optional)</source>
        <translation>например Ctrl+Alt+R (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="245"/>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="246"/>
        <source>Every queue — or names, e.g. Refunds, Cruise care</source>
        <translation>Все очереди — или названия, например Возвраты, Круизы</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="249"/>
        <source>&amp;Key</source>
        <translation>&amp;Ключ</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="250"/>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="251"/>
        <source>C&amp;ategory</source>
        <translation>К&amp;атегория</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="252"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="253"/>
        <source>&amp;Queues</source>
        <translation>О&amp;череди</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="257"/>
        <source>S&amp;hortcut</source>
        <translation>&amp;Сочетание клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="260"/>
        <source>Default &amp;language</source>
        <translation>&amp;Язык по умолчанию</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/script_editor_dialog.py" line="549"/>
        <source>%Ln script exported to {path}.</source>
        <translation>
            <numerusform>%Ln скрипт экспортирован в {path}.</numerusform>
            <numerusform>%Ln скрипта экспортированы в {path}.</numerusform>
            <numerusform>%Ln скриптов экспортировано в {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/script_editor_dialog.py" line="551"/>
        <source>%Ln scripts exported to {path}.</source>
        <translation>
            <numerusform>%Ln скрипт экспортирован в {path}.</numerusform>
            <numerusform>%Ln скрипта экспортированы в {path}.</numerusform>
            <numerusform>%Ln скриптов экспортировано в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="264"/>
        <source>Languages of the script</source>
        <translation>Языки скрипта</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="266"/>
        <source>New language code</source>
        <translation>Код нового языка</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="266"/>
        <source>e.g. th</source>
        <translation>например th</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="270"/>
        <source>Add language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="273"/>
        <source>Add a language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="276"/>
        <source>Remove this language</source>
        <translation>Удалить этот язык</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="279"/>
        <source>Remove the language shown</source>
        <translation>Удалить показанный язык</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="288"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="288"/>
        <source>Why it is retired or restored (optional)</source>
        <translation>Почему скрипт архивируется или восстанавливается (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="291"/>
        <location filename="../../ui/script_editor_dialog.py" line="773"/>
        <source>Retire</source>
        <translation>Архивировать</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="291"/>
        <source>Hide the script from agents</source>
        <translation>Скрыть скрипт от операторов</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="294"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="294"/>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="312"/>
        <source>Versions, newest first</source>
        <translation>Версии, сначала новые</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="316"/>
        <source>What the version said</source>
        <translation>Текст версии</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="325"/>
        <source>Script and history</source>
        <translation>Скрипт и история</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="326"/>
        <source>&amp;Script</source>
        <translation>Скри&amp;пт</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="327"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="331"/>
        <source>Import and export report</source>
        <translation>Отчёт об импорте и экспорте</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="522"/>
        <source>Import scripts</source>
        <translation>Импорт скриптов</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="522"/>
        <source>Script files (*.json);;All files (*)</source>
        <translation>Файлы скриптов (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="539"/>
        <source>Export scripts</source>
        <translation>Экспорт скриптов</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="539"/>
        <source>Script files (*.json)</source>
        <translation>Файлы скриптов (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="574"/>
        <source> (retired)</source>
        <translation> (в архиве)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="632"/>
        <source>“{title}” {what}: version {n}.</source>
        <translation>«{title}» — {what}: версия {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="644"/>
        <source>saved</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="645"/>
        <location filename="../../ui/script_editor_dialog.py" line="694"/>
        <source>retired</source>
        <translation>архивирован</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="646"/>
        <location filename="../../ui/script_editor_dialog.py" line="695"/>
        <source>restored</source>
        <translation>восстановлен</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="692"/>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="693"/>
        <source>edited</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="696"/>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="697"/>
        <source>shipped</source>
        <translation>поставлен с программой</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="701"/>
        <source>the program</source>
        <translation>программа</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="773"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="784"/>
        <source>New script</source>
        <translation>Новый скрипт</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="786"/>
        <source>Script: {title} (version {n})</source>
        <translation>Скрипт: {title} (версия {n})</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="822"/>
        <source>{code} is there already.</source>
        <translation>{code} уже есть.</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="833"/>
        <source>A script needs at least one language.</source>
        <translation>У скрипта должен быть хотя бы один язык.</translation>
    </message>
</context>
<context>
    <name>ScriptLibrary</name>
    <message>
        <location filename="../../ui/script_library.py" line="289"/>
        <location filename="../../ui/script_library.py" line="749"/>
        <source>Script library</source>
        <translation>Библиотека скриптов</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="341"/>
        <source>Search scripts</source>
        <translation>Поиск скриптов</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="342"/>
        <source>Search scripts…</source>
        <translation>Поиск скриптов…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="344"/>
        <source>Search scripts ({key}): ↑/↓ choose, Enter inserts, Esc goes back</source>
        <translation>Поиск скриптов ({key}): ↑/↓ — выбор, Enter — вставить, Esc — назад</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="354"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="355"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="360"/>
        <location filename="../../ui/script_library.py" line="747"/>
        <source>Scripts</source>
        <translation>Скрипты</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="381"/>
        <source>Favourite</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="383"/>
        <source>Favourite: the first nine get Alt+1…9 ({key})</source>
        <translation>Избранное: первым девяти назначаются Alt+1…9 ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="396"/>
        <source>Language of the script</source>
        <translation>Язык скрипта</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="397"/>
        <source>Show another language of this script</source>
        <translation>Показать этот скрипт на другом языке</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="402"/>
        <source>Language notice</source>
        <translation>Примечание о языке</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="409"/>
        <source>Preview of the filled script</source>
        <translation>Предпросмотр заполненного скрипта</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="417"/>
        <source>Values to type</source>
        <translation>Значения для ввода</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="426"/>
        <source>Where the script goes</source>
        <translation>Куда будет вставлен скрипт</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="430"/>
        <location filename="../../ui/script_library.py" line="1414"/>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="432"/>
        <source>Insert the script</source>
        <translation>Вставить скрипт</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="434"/>
        <location filename="../../ui/script_library.py" line="1296"/>
        <source>Insert at the cursor of the note or transfer field (Enter)</source>
        <translation>Вставить в позицию курсора в поле заметки или перевода (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="437"/>
        <location filename="../../ui/script_library.py" line="1416"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="439"/>
        <source>Copy the script</source>
        <translation>Копировать скрипт</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="440"/>
        <source>Copy the filled text to the clipboard (Ctrl+C)</source>
        <translation>Скопировать заполненный текст в буфер обмена (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="444"/>
        <location filename="../../ui/script_library.py" line="1430"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="446"/>
        <source>Edit the script</source>
        <translation>Изменить скрипт</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="447"/>
        <source>Change this script (supervisors)</source>
        <translation>Изменить этот скрипт (для супервайзеров)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="616"/>
        <source>No note or transfer field was chosen: “{title}” is on the clipboard — paste it with Ctrl+V.</source>
        <translation>Поле заметки или перевода не выбрано: «{title}» скопирован в буфер обмена — вставьте его с помощью Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="619"/>
        <source>The field you were in cannot take it now (saving, or another customer&apos;s): “{title}” is on the clipboard instead.</source>
        <translation>В поле, где вы находились, сейчас нельзя вставить текст (идёт сохранение или это поле другого клиента): «{title}» скопирован в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="629"/>
        <source>“{title}” is too long for that field: it is on the clipboard instead.</source>
        <translation>«{title}» слишком длинный для этого поля: он скопирован в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="636"/>
        <location filename="../../ui/script_library.py" line="1351"/>
        <source>the text field</source>
        <translation>текстовое поле</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="638"/>
        <source>“{title}” inserted into {where}.</source>
        <translation>«{title}» вставлен: {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="655"/>
        <source>“{title}” copied to the clipboard.</source>
        <translation>«{title}» скопирован в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="688"/>
        <source>No favourite script {n}: star a script in the library ({key}).</source>
        <translation>Нет избранного скрипта № {n}: отметьте скрипт звёздочкой в библиотеке ({key}).</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="711"/>
        <source>“{title}” is a favourite now.</source>
        <translation>«{title}» добавлен в избранное.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="713"/>
        <source>“{title}” is no longer a favourite.</source>
        <translation>«{title}» удалён из избранного.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="779"/>
        <source>&amp;Scripts</source>
        <translation>Скри&amp;пты</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="792"/>
        <source>Script &amp;library</source>
        <translation>&amp;Библиотека скриптов</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="794"/>
        <source>&amp;Insert the chosen script</source>
        <translation>&amp;Вставить выбранный скрипт</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="795"/>
        <source>&amp;Copy the chosen script</source>
        <translation>&amp;Копировать выбранный скрипт</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="797"/>
        <source>Add to or remove from &amp;favourites</source>
        <translation>Добавить в &amp;избранное или удалить из него</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="802"/>
        <source>Show the script &amp;library</source>
        <translation>&amp;Показать библиотеку скриптов</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="810"/>
        <source>&amp;Manage scripts…</source>
        <translation>&amp;Управление скриптами…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="812"/>
        <source>&amp;New script…</source>
        <translation>&amp;Новый скрипт…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="814"/>
        <source>&amp;Import scripts…</source>
        <translation>И&amp;мпорт скриптов…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="817"/>
        <source>&amp;Export scripts…</source>
        <translation>&amp;Экспорт скриптов…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="833"/>
        <source>Insert favourite script 1…9</source>
        <translation>Вставить избранный скрипт 1…9</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="833"/>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="835"/>
        <source>Insert a script by its own shortcut</source>
        <translation>Вставить скрипт по его собственному сочетанию клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="836"/>
        <source>shown beside it in the library</source>
        <translation>указано рядом с ним в библиотеке</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="838"/>
        <source>Choose a script while searching</source>
        <translation>Выбрать скрипт при поиске</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="838"/>
        <source>Up / Down</source>
        <translation>Вверх / Вниз</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="839"/>
        <source>Insert the chosen script</source>
        <translation>Вставить выбранный скрипт</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="839"/>
        <source>Enter in the library</source>
        <translation>Enter в библиотеке</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="840"/>
        <source>Copy the chosen script</source>
        <translation>Копировать выбранный скрипт</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="840"/>
        <source>Ctrl+C in the list</source>
        <translation>Ctrl+C в списке</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="841"/>
        <source>Back to the note from the library</source>
        <translation>Вернуться из библиотеки к заметке</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="841"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="844"/>
        <source>Insert “{title}”</source>
        <translation>Вставить «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="964"/>
        <source>used once</source>
        <translation>использован 1 раз</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="966"/>
        <source>used {n} times</source>
        <translation>использований: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="968"/>
        <source>not used yet</source>
        <translation>ещё не использовался</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="996"/>
        <source>No script matches.</source>
        <translation>Подходящих скриптов нет.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="998"/>
        <source>No scripts for your queues yet.</source>
        <translation>Для ваших очередей пока нет скриптов.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1132"/>
        <source>Choose a script</source>
        <translation>Выберите скрипт</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1146"/>
        <source>Reading the customer&apos;s details…</source>
        <translation>Загрузка данных клиента…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1194"/>
        <source>The customer&apos;s language is not recorded — {shown} shown</source>
        <translation>Язык клиента не указан — показан: {shown}</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1198"/>
        <source>{shown} chosen — the customer&apos;s language is {customer}</source>
        <translation>Выбран: {shown} — язык клиента: {customer}</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1202"/>
        <source>{customer} not available — {shown} shown</source>
        <translation>{customer} недоступен — показан: {shown}</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1230"/>
        <source>Open a customer to fill in their details.</source>
        <translation>Откройте клиента, чтобы подставить его данные.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1252"/>
        <source>Type it here: the script needs it</source>
        <translation>Введите здесь: это нужно для скрипта</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1254"/>
        <source>Your answer for this customer</source>
        <translation>Ваш ответ для этого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1290"/>
        <source>Type the highlighted value first</source>
        <translation>Сначала введите выделенное значение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/script_library.py" line="1292"/>
        <source>Type the %Ln highlighted values first</source>
        <translation>
            <numerusform>Сначала введите %Ln выделенное значение</numerusform>
            <numerusform>Сначала введите %Ln выделенных значения</numerusform>
            <numerusform>Сначала введите %Ln выделенных значений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1311"/>
        <source>Type what the script needs ({names}), then press Enter to insert.</source>
        <translation>Введите то, что нужно для скрипта ({names}), затем нажмите Enter, чтобы вставить.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1350"/>
        <source>Goes into: {field}</source>
        <translation>Вставляется в: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1356"/>
        <source>No note or transfer field chosen: Insert copies to the clipboard.</source>
        <translation>Поле заметки или перевода не выбрано: «Вставить» скопирует текст в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1420"/>
        <source>Remove from favourites</source>
        <translation>Удалить из избранного</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1422"/>
        <source>Add to favourites</source>
        <translation>Добавить в избранное</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1426"/>
        <source>Move up in favourites</source>
        <translation>Переместить выше в избранном</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1427"/>
        <source>Move down in favourites</source>
        <translation>Переместить ниже в избранном</translation>
    </message>
</context>
<context>
    <name>ScriptPopup</name>
    <message>
        <location filename="../../ui/script_library.py" line="1450"/>
        <source>Scripts</source>
        <translation>Скрипты</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_results_model.py" line="24"/>
        <source>Disruption</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="52"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="75"/>
        <source>Disruption: {names}</source>
        <translation>Инцидент: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="88"/>
        <source>Found by phone number</source>
        <translation>Найден по номеру телефона</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="89"/>
        <source>Found by email</source>
        <translation>Найден по эл. почте</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="90"/>
        <source>Found by account number</source>
        <translation>Найден по номеру аккаунта</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="91"/>
        <source>Found by name</source>
        <translation>Найден по имени</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="92"/>
        <source>A similar name: nobody&apos;s name contains what you typed</source>
        <translation>Похожее имя: ни одно имя не содержит введённый текст</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>None (numbers must start with +)</source>
        <translation>Не задана (номера должны начинаться с +)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>tel: link (the system&apos;s phone app)</source>
        <translation>ссылка tel: (телефонное приложение системы)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="102"/>
        <source>sip: link to your phone system</source>
        <translation>ссылка sip: на вашу телефонную систему</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>callto: link</source>
        <translation>ссылка callto:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>pbx.example.com</source>
        <translation>pbx.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>linphonecsh dial {number}</source>
        <translation>linphonecsh dial {number}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>A softphone&apos;s command line; {number} becomes +79165551234 and {number_digits} 79165551234. Empty: use the link above.</source>
        <translation>Командная строка софтфона; {number} заменяется на +79165551234, а {number_digits} — на 79165551234. Если поле пустое, используется ссылка выше.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>&amp;Test</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>Show what a call would run, without running it</source>
        <translation>Показать, что будет запущено при звонке, ничего не запуская</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>&amp;Beep when a reminder appears</source>
        <translation>Звуковой си&amp;гнал при появлении напоминания</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="135"/>
        <source>T&amp;heme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="136"/>
        <source>The language is chosen in File › Language.</source>
        <translation>Язык выбирается в меню «Файл › Язык».</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>Telephony</source>
        <translation>Телефония</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>For numbers typed without +; applies at the next start.</source>
        <translation>Для номеров, введённых без +; применяется при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Default &amp;country</source>
        <translation>&amp;Страна по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="144"/>
        <source>&amp;Dial by</source>
        <translation>Способ &amp;набора</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="145"/>
        <source>&amp;SIP domain</source>
        <translation>&amp;Домен SIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>Dial comma&amp;nd</source>
        <translation>&amp;Команда набора</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="156"/>
        <source>Remind &amp;minutes before</source>
        <translation>Напоминать &amp;за (минут)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>0 to 240; 0 reminds only when a callback is due.</source>
        <translation>От 0 до 240; при 0 напоминание появляется только при наступлении срока обратного звонка.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Dashboard alerts</source>
        <translation>Оповещения панели мониторинга</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>&amp;Unattended promise ends within (minutes)</source>
        <translation>Обещание без исполнителя истекает в течение (&amp;минут)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>O&amp;verdue callbacks above</source>
        <translation>Просроченных обратных звонков &amp;более</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>The defaults are in the form: OK or Apply saves them.</source>
        <translation>В форму подставлены значения по умолчанию: нажмите OK или «Применить», чтобы сохранить их.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="322"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ничего не сохранено: исправьте поля, выделенные красным.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="331"/>
        <source>The settings could not be saved to {path} ({problem}). Nothing is lost: correct the problem and press Apply again.</source>
        <translation>Не удалось сохранить настройки в {path} ({problem}). Ничего не потеряно: устраните проблему и снова нажмите «Применить».</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="341"/>
        <source>Saved. Applies at the next start: {what}.</source>
        <translation>Сохранено. Вступит в силу при следующем запуске: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="344"/>
        <source>Saved and applied.</source>
        <translation>Сохранено и применено.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="364"/>
        <source>{setting} (while {variable} is set, it decides)</source>
        <translation>{setting} (пока задана переменная {variable}, действует её значение)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="406"/>
        <source>Dial would run: {command}</source>
        <translation>Для набора будет запущено: {command}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="408"/>
        <source>Dial would open: {url}</source>
        <translation>Для набора будет открыто: {url}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="55"/>
        <location filename="../../ui/shortcuts_dialog.py" line="81"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="63"/>
        <source>Every command you can reach from the keyboard. Type to filter; Page Up, Page Down, Home and End move through the list.</source>
        <translation>Все команды, доступные с клавиатуры. Начните вводить текст, чтобы отфильтровать список; Page Up, Page Down, Home и End перемещают по нему.</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="72"/>
        <location filename="../../ui/shortcuts_dialog.py" line="74"/>
        <source>Filter by command or key</source>
        <translation>Фильтр по команде или клавише</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="73"/>
        <source>Filter the shortcuts</source>
        <translation>Фильтр сочетаний клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="82"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="82"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/callback_reminder.py" line="298"/>
        <source>Snooze the reminder</source>
        <translation>Отложить напоминание</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="302"/>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="305"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="308"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="309"/>
        <source>On another call, customer asked…</source>
        <translation>На другом звонке, клиент попросил…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="316"/>
        <source>&amp;For</source>
        <translation>&amp;Отложить на</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="317"/>
        <source>&amp;Why</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="331"/>
        <source>Say why: your supervisor sees snoozed reminders.</source>
        <translation>Укажите причину: супервайзер видит отложенные напоминания.</translation>
    </message>
</context>
<context>
    <name>TileButton</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="206"/>
        <source>Above the alert threshold. </source>
        <translation>Выше порога оповещения. </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="208"/>
        <source>{what} — click or press Enter to list the callbacks.</source>
        <translation>{what} — щёлкните или нажмите Enter, чтобы показать список обратных звонков.</translation>
    </message>
</context>
<context>
    <name>TransferFormDialog</name>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="174"/>
        <source>Warm transfer</source>
        <translation>Тёплый перевод</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="201"/>
        <source>a colleague or queue</source>
        <translation>коллега или очередь</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="202"/>
        <source>a colleague who is signed in, or a queue</source>
        <translation>коллега в сети или очередь</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="203"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="204"/>
        <source>the customer&apos;s issue</source>
        <translation>суть обращения</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="205"/>
        <source>what was already tried</source>
        <translation>что уже сделано</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="206"/>
        <source>what was promised</source>
        <translation>что обещано</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="207"/>
        <source>identity verified</source>
        <translation>личность подтверждена</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="208"/>
        <source>the customer&apos;s mood</source>
        <translation>настроение клиента</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="209"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="210"/>
        <source>why another handover is needed</source>
        <translation>причина повторной передачи</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="234"/>
        <source>Opening the customer…</source>
        <translation>Открытие клиента…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="236"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="247"/>
        <source>Your colleague reads this before accepting: the customer should not have to explain anything again.</source>
        <translation>Коллега прочитает это до того, как принять перевод: клиенту не придётся ничего объяснять заново.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="258"/>
        <source>Transfer status</source>
        <translation>Статус перевода</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="265"/>
        <source>Transfer to</source>
        <translation>Кому перевести</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="267"/>
        <source>Type part of a name or a queue; colleagues who are not signed in are greyed</source>
        <translation>Введите часть имени или название очереди; коллеги не в сети показаны серым</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="280"/>
        <source>Search colleagues and queues</source>
        <translation>Поиск коллег и очередей</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="281"/>
        <source>Type a colleague&apos;s name or a queue…</source>
        <translation>Введите имя коллеги или название очереди…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="290"/>
        <source>Reason for the transfer</source>
        <translation>Причина перевода</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="297"/>
        <source>The customer&apos;s issue</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="298"/>
        <source>One sentence: what the customer needs</source>
        <translation>Одним предложением: что нужно клиенту</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="303"/>
        <source>What was already tried</source>
        <translation>Что уже сделано</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="304"/>
        <source>Checks made, steps taken, who was asked</source>
        <translation>Какие проверки и действия выполнены, к кому обращались</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="307"/>
        <source>What was promised</source>
        <translation>Что обещано</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="308"/>
        <source>What the customer was told will happen, and by when</source>
        <translation>Что клиенту сказали о дальнейших шагах и сроках</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="312"/>
        <source>Link an open promise</source>
        <translation>Привязать открытое обещание</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="313"/>
        <source>Link one of the customer&apos;s open callbacks</source>
        <translation>Привязать один из открытых обратных звонков клиента</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="319"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="323"/>
        <source>Nobody signed in there</source>
        <translation>Там никого нет в сети</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="326"/>
        <source>Make it a &amp;callback</source>
        <translation>Превратить в об&amp;ратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="328"/>
        <source>Make it a callback</source>
        <translation>Превратить в обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="331"/>
        <source>Close this form (your note is kept) and promise the customer a callback</source>
        <translation>Закрыть эту форму (ваша заметка сохранится) и пообещать клиенту обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="337"/>
        <source>Verified: the customer passed the identity check</source>
        <translation>Подтверждено: клиент прошёл проверку личности</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="339"/>
        <source>Identity verified</source>
        <translation>Личность подтверждена</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="343"/>
        <source>The customer&apos;s mood</source>
        <translation>Настроение клиента</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="349"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="349"/>
        <source>Anything else the colleague should know</source>
        <translation>Всё, что ещё нужно знать коллеге</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="363"/>
        <source>Handovers in this contact</source>
        <translation>Передачи в этом обращении</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="367"/>
        <source>Why another handover?</source>
        <translation>Почему нужна ещё одна передача?</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="368"/>
        <source>Your supervisor reads this</source>
        <translation>Это прочитает ваш супервайзер</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="375"/>
        <source>Problem with {field}</source>
        <translation>Ошибка в поле: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="384"/>
        <source>What is still needed</source>
        <translation>Что ещё нужно заполнить</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="392"/>
        <location filename="../../ui/transfer_form_dialog.py" line="1120"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="393"/>
        <source>Send the transfer</source>
        <translation>Отправить перевод</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="394"/>
        <source>Send the transfer (Ctrl+Enter)</source>
        <translation>Отправить перевод (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="399"/>
        <source>&amp;Cancel</source>
        <translation>От&amp;мена</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="400"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="401"/>
        <source>Close; what you typed is kept as a draft (Esc)</source>
        <translation>Закрыть; введённое сохранится как черновик (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="410"/>
        <source>Tar&amp;get</source>
        <translation>&amp;Кому</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="411"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="412"/>
        <source>&amp;Issue</source>
        <translation>&amp;Суть обращения</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="413"/>
        <source>What was &amp;tried</source>
        <translation>&amp;Что уже сделано</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="414"/>
        <source>What was &amp;promised</source>
        <translation>Что о&amp;бещано</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="415"/>
        <source>I&amp;dentity</source>
        <translation>&amp;Личность</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="416"/>
        <source>&amp;Mood</source>
        <translation>&amp;Настроение</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="417"/>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="418"/>
        <source>&amp;Why another handover?</source>
        <translation>Почему &amp;ещё одна передача?</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="431"/>
        <source>&amp;Link an open promise:</source>
        <translation>При&amp;вязать открытое обещание:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="45"/>
        <source>Refund</source>
        <translation>Возврат средств</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="46"/>
        <source>Booking change</source>
        <translation>Изменение бронирования</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="47"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="48"/>
        <source>Technical</source>
        <translation>Техническая проблема</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="49"/>
        <source>Billing</source>
        <translation>Оплата и счета</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="50"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="51"/>
        <source>Specialist</source>
        <translation>Нужен специалист</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="52"/>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="53"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="54"/>
        <source>Calm</source>
        <translation>Спокойствие</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="55"/>
        <source>Confused</source>
        <translation>Растерянность</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="56"/>
        <source>Worried</source>
        <translation>Беспокойство</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="57"/>
        <source>Frustrated</source>
        <translation>Раздражение</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="58"/>
        <source>Angry</source>
        <translation>Гнев</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="109"/>
        <source>nobody signed in</source>
        <translation>никого в сети</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="110"/>
        <source>{n} signed in</source>
        <translation>в сети: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="114"/>
        <source>available</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="115"/>
        <source>not signed in</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="116"/>
        <source>off shift</source>
        <translation>не на смене</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="540"/>
        <source>Queue: {name} · {availability}</source>
        <translation>Очередь: {name} · {availability}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="543"/>
        <source>{name} · {availability}</source>
        <translation>{name} · {availability}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="690"/>
        <location filename="../../ui/transfer_form_dialog.py" line="1223"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="755"/>
        <source>Warm transfer: {name}</source>
        <translation>Тёплый перевод: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="773"/>
        <source>Customer not available</source>
        <translation>Клиент недоступен</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="779"/>
        <source>The database cannot be reached, so the form cannot open this customer. Close it and try again when the database is back.</source>
        <translation>Нет связи с базой данных, поэтому форма не может открыть этого клиента. Закройте её и попробуйте снова, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="805"/>
        <source>{name} is {availability}: send to their queue instead</source>
        <translation>{name} — {availability}: отправьте перевод в очередь</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="827"/>
        <source>No open promises</source>
        <translation>Нет открытых обещаний</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="838"/>
        <source>{name} was already passed on {n} times in this contact. Say why another handover is needed: your supervisor reads it.</source>
        <translation>{name}: передач в этом обращении уже было: {n}. Укажите, почему нужна ещё одна передача, — это прочитает ваш супервайзер.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="840"/>
        <source>This customer</source>
        <translation>Этот клиент</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="876"/>
        <source>Your unsaved transfer note is back.</source>
        <translation>Ваша несохранённая заметка к переводу восстановлена.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="909"/>
        <source>{name} is {availability} now: choose another colleague or a queue.</source>
        <translation>{name} — сейчас {availability}: выберите другого коллегу или очередь.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="919"/>
        <source>What you typed could not be kept as a draft ({error}). Send it or copy it before you close this form.</source>
        <translation>Не удалось сохранить введённое как черновик ({error}). Отправьте или скопируйте текст, прежде чем закрывать форму.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="946"/>
        <source>{name} is {availability}: choose a colleague who is available, or their queue.</source>
        <translation>{name} — {availability}: выберите доступного коллегу или очередь.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1059"/>
        <source>Nobody is signed in to {queue} now: the customer would wait on hold for no one. Promise a callback instead?</source>
        <translation>Сейчас в очереди {queue} никого нет в сети: клиент будет ждать на линии впустую. Пообещать обратный звонок вместо перевода?</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1183"/>
        <source>Not sent yet: please correct what is marked.</source>
        <translation>Пока не отправлено: исправьте отмеченное.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1191"/>
        <source>Not sent: the database cannot be reached. Everything you typed is kept; send again when it is back (it will not be sent twice).</source>
        <translation>Не отправлено: нет связи с базой данных. Всё введённое сохранено; отправьте снова, когда связь восстановится (повторно перевод не отправится).</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1196"/>
        <source>The database cannot be reached. What you type is kept as a draft on this computer; close and reopen the form when the database is back.</source>
        <translation>Нет связи с базой данных. Вводимый текст сохраняется как черновик на этом компьютере; когда связь восстановится, закройте и снова откройте форму.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1205"/>
        <source>Not sent: something went wrong. What you typed is kept.</source>
        <translation>Не отправлено: что-то пошло не так. Введённый текст сохранён.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1219"/>
        <source>Nothing can be sent from this form now.</source>
        <translation>Сейчас из этой формы ничего нельзя отправить.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1221"/>
        <source>Loading the customer and who can take the call…</source>
        <translation>Загрузка клиента и списка тех, кто может принять звонок…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1227"/>
        <source>Still needed: {fields}</source>
        <translation>Ещё нужно заполнить: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1229"/>
        <source>Checking what {target} needs…</source>
        <translation>Проверка требований получателя ({target})…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1232"/>
        <source>Ready to send (Ctrl+Enter).</source>
        <translation>Можно отправлять (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1249"/>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1266"/>
        <source>this target</source>
        <translation>этот получатель</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1268"/>
        <source>queue {name}</source>
        <translation>очередь {name}</translation>
    </message>
</context>
<context>
    <name>TransferInbox</name>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="68"/>
        <source>someone</source>
        <translation>неизвестный отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="69"/>
        <source>From {who}</source>
        <translation>От: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="72"/>
        <source>handover {n} in this contact</source>
        <translation>передача № {n} в этом обращении</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="79"/>
        <source>Why: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="82"/>
        <source>Identity verified</source>
        <translation>Личность подтверждена</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="84"/>
        <source>Identity NOT verified</source>
        <translation>Личность НЕ подтверждена</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="87"/>
        <source>Mood: {mood}</source>
        <translation>Настроение: {mood}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="91"/>
        <source>Issue: {text}</source>
        <translation>Суть обращения: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="95"/>
        <source>Tried: {text}</source>
        <translation>Уже сделано: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="99"/>
        <source>Promised: {text}</source>
        <translation>Обещано: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="105"/>
        <source>Notes: {text}</source>
        <translation>Заметки: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="109"/>
        <source>Why another handover: {text}</source>
        <translation>Причина повторной передачи: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="157"/>
        <source>Incoming transfer</source>
        <translation>Входящий перевод</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="182"/>
        <source>The customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="190"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="193"/>
        <source>Accept and open the customer (Ctrl+Shift+Y)</source>
        <translation>Принять и открыть клиента (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="195"/>
        <source>Decline…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="200"/>
        <source>Why you decline</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="201"/>
        <source>Why (the sender reads it), then Enter</source>
        <translation>Причина (её увидит отправитель), затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="321"/>
        <source>Account {n}</source>
        <translation>Аккаунт {n}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="327"/>
        <source>{time} there</source>
        <translation>у клиента {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="332"/>
        <source>%Ln open promise</source>
        <translation>
            <numerusform>%Ln открытое обещание</numerusform>
            <numerusform>%Ln открытых обещания</numerusform>
            <numerusform>%Ln открытых обещаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="334"/>
        <source>%Ln open promises</source>
        <translation>
            <numerusform>%Ln открытое обещание</numerusform>
            <numerusform>%Ln открытых обещания</numerusform>
            <numerusform>%Ln открытых обещаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="338"/>
        <source>passed on %Ln time in this contact</source>
        <translation>
            <numerusform>передан %Ln раз в этом обращении</numerusform>
            <numerusform>передан %Ln раза в этом обращении</numerusform>
            <numerusform>передан %Ln раз в этом обращении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="340"/>
        <source>passed on %Ln times in this contact</source>
        <translation>
            <numerusform>передан %Ln раз в этом обращении</numerusform>
            <numerusform>передан %Ln раза в этом обращении</numerusform>
            <numerusform>передан %Ln раз в этом обращении</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="350"/>
        <source>you</source>
        <translation>вас</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="352"/>
        <source>queue {q}</source>
        <translation>очереди {q}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="354"/>
        <source>Transfer for {to}: {customer}</source>
        <translation>Перевод для {to}: {customer}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="356"/>
        <source>(+{n} more waiting)</source>
        <translation>(ещё ожидают: {n})</translation>
    </message>
</context>
<context>
    <name>TransferStatus</name>
    <message>
        <location filename="../../ui/transfer_status.py" line="58"/>
        <source>Transfer you sent</source>
        <translation>Отправленный вами перевод</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="74"/>
        <source>Try another colleague or queue</source>
        <translation>Попробовать другого коллегу или очередь</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="75"/>
        <source>Try there</source>
        <translation>Перевести туда</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="78"/>
        <source>Make it a callback</source>
        <translation>Превратить в обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="81"/>
        <source>The target queue calls the customer back, with your note</source>
        <translation>Целевая очередь перезвонит клиенту с учётом вашей заметки</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="84"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="87"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="154"/>
        <source>Queue: {q}</source>
        <translation>Очередь: {q}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="189"/>
        <source>Nobody has accepted your transfer of {c} to {to} yet.</source>
        <translation>Ваш перевод клиента {c} ({to}) пока никто не принял.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="191"/>
        <source>Try someone else, or promise a callback from {to}.</source>
        <translation>Попробуйте другого получателя или пообещайте обратный звонок от {to}.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="197"/>
        <source>Waiting for {to} to accept {c}… ({s} s)</source>
        <translation>Ожидание, пока {to} примет клиента {c}… ({s} с)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="201"/>
        <source>{who} accepted {c}: hand the customer over now.</source>
        <translation>{who}: перевод клиента {c} принят — передайте клиента сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="205"/>
        <source>{to} declined: {why}</source>
        <translation>{to}: перевод отклонён — {why}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="208"/>
        <source>{c} will be called back by {to}; tell the customer.</source>
        <translation>Клиенту {c} перезвонит {to}; сообщите это клиенту.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="212"/>
        <source>Transfer {state}.</source>
        <translation>Перевод: {state}.</translation>
    </message>
</context>
<context>
    <name>_VariantEditor</name>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="74"/>
        <source>Title in {language}</source>
        <translation>Заголовок ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="76"/>
        <source>Title in this language (optional)</source>
        <translation>Заголовок на этом языке (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="80"/>
        <source>Text in {language}</source>
        <translation>Текст ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="85"/>
        <source>For example: {text}</source>
        <translation>Например: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="89"/>
        <source>Check of the {language} text</source>
        <translation>Проверка текста ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="120"/>
        <source>line 1: the text is empty</source>
        <translation>строка 1: текст пуст</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="127"/>
        <source>no fields</source>
        <translation>полей нет</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="129"/>
        <source>✓ Fills in: {fields}</source>
        <translation>✓ Подставляет: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="131"/>
        <source>Asks the agent: {questions}</source>
        <translation>Запрашивает у оператора: {questions}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="133"/>
        <source>The caret goes to the cursor marker.</source>
        <translation>Курсор встанет на место маркера cursor.</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../../ui/core_messages.py" line="305"/>
        <source>Customer {id} does not exist (any more).</source>
        <translation>Клиент {id} не найден (возможно, удалён).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="306"/>
        <source>{name} is marked do-not-call: no callback can be promised. Offer another channel (e-mail) or ask a supervisor.</source>
        <translation>У клиента {name} стоит отметка «Не звонить»: обратный звонок пообещать нельзя. Предложите другой канал (эл. почту) или обратитесь к супервайзеру.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="309"/>
        <source>Callback {id} does not exist.</source>
        <translation>Обратный звонок {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="310"/>
        <source>Someone else took this callback a moment ago.</source>
        <translation>Этот обратный звонок только что взял в работу кто-то другой.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="312"/>
        <source>{name} is working on this callback right now.</source>
        <translation>С этим обратным звонком сейчас работает {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="313"/>
        <source>This callback belongs to {owner}; ask a supervisor to reassign it.</source>
        <translation>Исполнитель этого обратного звонка — {owner}; попросите супервайзера переназначить его.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="326"/>
        <source>This callback is no longer open.</source>
        <translation>Этот обратный звонок уже закрыт.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="329"/>
        <source>{n} of the selected callbacks were closed meanwhile; the list was refreshed and nothing was changed.</source>
        <translation>Тем временем закрыто выбранных обратных звонков: {n}; список обновлён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="332"/>
        <source>You are not a member of that queue.</source>
        <translation>Вы не состоите в этой очереди.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="333"/>
        <source>That agent does not exist or is disabled.</source>
        <translation>Такого оператора нет или его учётная запись отключена.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="334"/>
        <source>That queue does not exist.</source>
        <translation>Такой очереди нет.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="339"/>
        <source>a name is required</source>
        <translation>необходимо указать имя</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="340"/>
        <source>“{code}” is not a two-letter country code such as TH or IR</source>
        <translation>«{code}» не является двухбуквенным кодом страны (например, TH или IR)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="341"/>
        <source>“{zone}” is not a time zone such as Asia/Tehran</source>
        <translation>«{zone}» не является часовым поясом (например, Asia/Tehran)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="342"/>
        <source>“{code}” is not a language code such as fa or th</source>
        <translation>«{code}» не является кодом языка (например, fa или th)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="343"/>
        <source>a tag has at most {n} characters</source>
        <translation>тег может содержать не более {n} символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="272"/>
        <source>at most {n} characters</source>
        <translation>не более {n} символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="14"/>
        <source>Demo data needs at least {n} customers.</source>
        <translation>Для демонстрационных данных нужно не менее {n} клиентов.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="15"/>
        <source>Callbacks per customer must be between {low} and {high}.</source>
        <translation>Число обратных звонков на клиента должно быть от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="16"/>
        <source>The database at {server} already has {n:,} customers: demo data goes into an empty database (give --db a new one).</source>
        <translation>В базе данных на {server} уже есть клиенты ({n:,}): демонстрационные данные загружаются только в пустую базу (укажите новую в --db).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="17"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="18"/>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="19"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="20"/>
        <source>Please correct: {problems}.</source>
        <translation>Исправьте: {problems}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="21"/>
        <source>column name</source>
        <translation>название столбца</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="22"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="23"/>
        <source>the line cannot be read as CSV ({problem})</source>
        <translation>строку не удаётся прочитать как CSV ({problem})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="24"/>
        <source>the {what} contains a NUL character (a UTF-16 file without its byte-order mark, or a binary file?): save the file as “CSV UTF-8”</source>
        <translation>{what} содержит символ NUL (файл UTF-16 без метки порядка байтов или двоичный файл?): сохраните файл в формате «CSV UTF-8»</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="25"/>
        <source>a field is longer than {n:,} characters (often a quote that is never closed)</source>
        <translation>поле длиннее {n:,} символов (часто из-за незакрытой кавычки)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="26"/>
        <source>a quote inside a field is not doubled (write &quot;&quot; for a quote inside quotes)</source>
        <translation>кавычка внутри поля не удвоена (внутри кавычек пишите &quot;&quot; вместо одной кавычки)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="27"/>
        <source>a quoted field is never closed</source>
        <translation>поле в кавычках не закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="28"/>
        <source>a line break inside a field that is not in quotes</source>
        <translation>перенос строки внутри поля без кавычек</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="29"/>
        <source>the {what} has bytes that are not valid UTF-8 text: save the file as “CSV UTF-8” (or Excel&apos;s “Unicode text”) and import it again</source>
        <translation>{what} содержит байты, которые не являются текстом UTF-8: сохраните файл в формате «CSV UTF-8» (или «Текст Юникод» в Excel) и импортируйте его снова</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="30"/>
        <source>“{phone}” is not a phone number in international form (+ and the country code): for national numbers give the row a country, or set the default region</source>
        <translation>«{phone}» не является номером телефона в международном формате (+ и код страны): для номеров в национальном формате укажите в строке страну или задайте регион по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="31"/>
        <source>“{phone}” is not a phone number, in international form (+…) or for {region}</source>
        <translation>«{phone}» не является номером телефона ни в международном формате (+…), ни в национальном формате для региона {region}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="32"/>
        <source>“{phone}” is not a phone number</source>
        <translation>«{phone}» не является номером телефона</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="33"/>
        <source>account {account} is already in the database (a customer cannot be imported twice)</source>
        <translation>аккаунт {account} уже есть в базе данных (клиента нельзя импортировать дважды)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="34"/>
        <source>the custom field “{name}”</source>
        <translation>дополнительное поле «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="35"/>
        <source>no column holds the account number: name one “account_no” (or “account”, “booking”), or map a column to account_no</source>
        <translation>ни в одном столбце нет номера аккаунта: назовите столбец «account_no» (или «account», «booking») либо сопоставьте столбец с account_no</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="36"/>
        <source>no column holds the customer&apos;s name: name one “full_name” (or “given_name” and “family_name”), or map a column to full_name</source>
        <translation>ни в одном столбце нет имени клиента: назовите столбец «full_name» (или «given_name» и «family_name») либо сопоставьте столбец с full_name</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="37"/>
        <source>no column holds the customer&apos;s time zone: add a “time_zone” column with IANA names such as Europe/Tallinn or Asia/Bangkok</source>
        <translation>ни в одном столбце нет часового пояса клиента: добавьте столбец «time_zone» с названиями IANA, например Europe/Tallinn или Asia/Bangkok</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="38"/>
        <source>{file} is empty or its first line cannot be read: the first line must name the columns (account_no, full_name, time_zone...).</source>
        <translation>Файл {file} пуст, или его первую строку не удаётся прочитать: в первой строке должны быть названия столбцов (account_no, full_name, time_zone...).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="39"/>
        <source>the line has {n} field where the header has {width}: a delimiter is missing or extra, or a quote is not closed</source>
        <translation>в строке {n} поле, а в заголовке — {width}: не хватает разделителя или есть лишний, либо не закрыта кавычка</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="40"/>
        <source>the line has {n} fields where the header has {width}: a delimiter is missing or extra, or a quote is not closed</source>
        <translation>в строке полей: {n}, а в заголовке — {width}: не хватает разделителя или есть лишний, либо не закрыта кавычка</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="41"/>
        <source>the account number is missing</source>
        <translation>не указан номер аккаунта</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="42"/>
        <source>an account number may have at most {n} characters</source>
        <translation>номер аккаунта может содержать не более {n} символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="43"/>
        <source>the customer&apos;s name is missing</source>
        <translation>не указано имя клиента</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="44"/>
        <source>the time zone is missing: give an IANA name such as Europe/Tallinn or Asia/Bangkok</source>
        <translation>не указан часовой пояс: укажите название IANA, например Europe/Tallinn или Asia/Bangkok</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="45"/>
        <source>“{language}” is not a language code: use one such as en, ru, th or pt-BR</source>
        <translation>«{language}» не является кодом языка: используйте, например, en, ru, th или pt-BR</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="46"/>
        <source>“{country}” is not a country code: use the two-letter ISO code such as GB, TH or RU</source>
        <translation>«{country}» не является кодом страны: используйте двухбуквенный код ISO, например GB, TH или RU</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="47"/>
        <source>“{value}” is not yes or no: use yes/no, true/false or 1/0</source>
        <translation>«{value}» не является значением «да» или «нет»: используйте yes/no, true/false или 1/0</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="48"/>
        <source>the file is empty: its first line must name the columns (account_no, full_name, time_zone...)</source>
        <translation>файл пуст: в его первой строке должны быть названия столбцов (account_no, full_name, time_zone...)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="49"/>
        <source>the header has no column “{column}” to map (its columns are {columns})</source>
        <translation>в заголовке нет столбца «{column}» для сопоставления (в нём есть столбцы {columns})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="50"/>
        <source>both “{first}” and “{second}” would fill {what}: map one of them to another field or to ignore</source>
        <translation>и «{first}», и «{second}» заполняли бы {what}: сопоставьте один из них с другим полем или пропустите его</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="51"/>
        <source>a custom field name may have at most {n} characters</source>
        <translation>название дополнительного поля может содержать не более {n} символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="52"/>
        <source>There is no file {path}: check the name and folder.</source>
        <translation>Файл {path} не найден: проверьте имя и папку.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="53"/>
        <source>{path} is a folder: choose a CSV file.</source>
        <translation>{path} — это папка: выберите файл CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="54"/>
        <source>Cannot read {path}: {problem}.</source>
        <translation>Не удаётся прочитать {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="55"/>
        <source>a given or family name may have at most {n} characters</source>
        <translation>имя или фамилия может содержать не более {n} символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="56"/>
        <source>the name contains control characters</source>
        <translation>имя содержит управляющие символы</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="57"/>
        <source>“{zone}” is not a time zone: use an IANA name such as Europe/Tallinn, America/New_York or Asia/Bangkok</source>
        <translation>«{zone}» не является часовым поясом: используйте название IANA, например Europe/Tallinn, America/New_York или Asia/Bangkok</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="58"/>
        <source>the country is missing: add a “country” column with two-letter ISO codes such as GB, TH or RU, or give phone numbers in international form (+…)</source>
        <translation>не указана страна: добавьте столбец «country» с двухбуквенными кодами ISO, например GB, TH или RU, либо укажите номера телефонов в международном формате (+…)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="59"/>
        <source>a custom field may have at most {n:,} characters</source>
        <translation>дополнительное поле может содержать не более {n:,} символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="60"/>
        <source>the file has a header but no customers below it</source>
        <translation>в файле есть заголовок, но под ним нет ни одного клиента</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="61"/>
        <source>a value in a column whose name in the header is empty: name the column or remove the value</source>
        <translation>значение в столбце, у которого в заголовке нет названия: назовите столбец или удалите значение</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="62"/>
        <source>an account number may hold only letters, digits and . / # _</source>
        <translation>номер аккаунта может содержать только буквы, цифры и символы . / # _</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="63"/>
        <source>the name is too long (at most {n} characters, fewer for names in Cyrillic)</source>
        <translation>имя слишком длинное (не более {n} символов, для имён на кириллице — меньше)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="64"/>
        <source>a phone number may have at most {n} characters and no control characters</source>
        <translation>номер телефона может содержать не более {n} символов и не должен содержать управляющих символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="65"/>
        <source>“{email}” is not an e-mail address</source>
        <translation>«{email}» не является адресом эл. почты</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="66"/>
        <source>a tag may have at most {n} characters and no control characters</source>
        <translation>тег может содержать не более {n} символов и не должен содержать управляющих символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="67"/>
        <source>Nothing was imported from {file}: one of its account numbers was added by someone else while the file was being imported. Import the file again to see which.</source>
        <translation>Из файла {file} ничего не импортировано: пока шёл импорт, кто-то другой добавил один из номеров аккаунтов этого файла. Импортируйте файл снова, чтобы увидеть, какой именно.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="68"/>
        <source>account {account} is already on line {line} of this file</source>
        <translation>аккаунт {account} уже есть в строке {line} этого файла</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="69"/>
        <source>The calendar could not be saved to “{path}” ({problem}). Choose another folder, or close the file if another program has it open.</source>
        <translation>Не удалось сохранить календарь в «{path}» ({problem}). Выберите другую папку или закройте файл, если он открыт в другой программе.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="70"/>
        <source>set a new one with `agent-console crm set-token`</source>
        <translation>задайте новый командой `agent-console crm set-token`</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="71"/>
        <source>customer {id}</source>
        <translation>клиент {id}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="72"/>
        <source>The CRM at {where} answered something this console cannot read: {what}. Go on without it, and tell the CRM administrator.</source>
        <translation>CRM-система по адресу {where} вернула ответ, который эта консоль не может прочитать: {what}. Продолжайте работу без неё и сообщите администратору CRM.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="73"/>
        <source>The request to the CRM at {where} failed ({problem}); check the crm_url setting.</source>
        <translation>Запрос к CRM-системе по адресу {where} не выполнен ({problem}); проверьте параметр crm_url.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="74"/>
        <source>The CRM at {where} rejected the request (HTTP {code}): check the crm_url setting and that the CRM follows the console&apos;s contract (see the README).</source>
        <translation>CRM-система по адресу {where} отклонила запрос (HTTP {code}): проверьте параметр crm_url и то, что CRM соответствует контракту консоли (см. README).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="75"/>
        <source>The CRM token is empty or contains characters a token cannot have (spaces, line breaks, non-ASCII letters): {hint}.</source>
        <translation>Токен CRM пуст или содержит символы, недопустимые в токене (пробелы, переносы строк, буквы не из ASCII): {hint}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="76"/>
        <source>the answer has no &quot;customers&quot; list</source>
        <translation>в ответе нет списка &quot;customers&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="77"/>
        <source>customer #{n} is not an object</source>
        <translation>запись клиента #{n} не является объектом</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="78"/>
        <source>customer #{n} has no &quot;id&quot;</source>
        <translation>у записи клиента #{n} нет &quot;id&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="79"/>
        <source>{who} has a name too long to store</source>
        <translation>{who}: имя слишком длинное для сохранения</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="80"/>
        <source>{who} has an id too long to use as an account number</source>
        <translation>{who}: id слишком длинный, чтобы использовать его как номер аккаунта</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="81"/>
        <source>{who} has the unknown time zone “{zone}” (IANA name expected)</source>
        <translation>{who}: неизвестный часовой пояс «{zone}» (ожидается название IANA)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="82"/>
        <source>{who} has the language “{language}” (e.g. th, en-GB expected)</source>
        <translation>{who}: язык «{language}» (ожидается код вида th, en-GB)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="83"/>
        <source>{who} has the country “{country}” (ISO 3166 code expected)</source>
        <translation>{who}: страна «{country}» (ожидается код ISO 3166)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="84"/>
        <source>{who} has a tag longer than {n} characters</source>
        <translation>{who}: тег длиннее {n} символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="85"/>
        <source>{who} has &quot;fields&quot; that are not an object of text, numbers or true/false</source>
        <translation>{who}: &quot;fields&quot; не является объектом из текста, чисел или true/false</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="86"/>
        <source>The crm_url setting “{url}” is not a web address: use https://crm.example.com/api (`agent-console settings set crm_url …`).</source>
        <translation>Параметр crm_url «{url}» не является веб-адресом: используйте https://crm.example.com/api (`agent-console settings set crm_url …`).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="87"/>
        <source>The crm_url setting must not contain ? or #: give the API&apos;s base address.</source>
        <translation>Параметр crm_url не должен содержать ? или #: укажите базовый адрес API.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="88"/>
        <source>The crm_url setting must not contain a user name or password: the CRM token is kept in the keyring (`agent-console crm set-token`).</source>
        <translation>Параметр crm_url не должен содержать имя пользователя или пароль: токен CRM хранится в хранилище паролей (`agent-console crm set-token`).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="89"/>
        <source>The crm_timeout_s setting must be more than 0 seconds, not {seconds}.</source>
        <translation>Параметр crm_timeout_s должен быть больше 0 секунд, а не {seconds}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="90"/>
        <source>No CRM token is stored on this computer: set one with `agent-console crm set-token`.</source>
        <translation>На этом компьютере не сохранён токен CRM: задайте его командой `agent-console crm set-token`.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="91"/>
        <source>The CRM at {where} did not answer within {seconds} s; go on without it, or try again later.</source>
        <translation>CRM-система по адресу {where} не ответила за {seconds} с; продолжайте работу без неё или повторите попытку позже.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="92"/>
        <source>The CRM at {where} did not present a trusted certificate; check the crm_url setting (https address) with your administrator.</source>
        <translation>CRM-система по адресу {where} не предъявила доверенный сертификат; проверьте вместе с администратором параметр crm_url (адрес https).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="93"/>
        <source>Cannot reach the CRM at {where}; check the network and the crm_url setting.</source>
        <translation>Нет связи с CRM-системой по адресу {where}; проверьте сеть и параметр crm_url.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="94"/>
        <source>The CRM refused the token: {hint}.</source>
        <translation>CRM-система отклонила токен: {hint}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="95"/>
        <source>The CRM token may not look up customers: ask the CRM administrator for its rights, or {hint}.</source>
        <translation>Токену CRM не разрешён поиск клиентов: попросите администратора CRM выдать ему права или {hint}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="96"/>
        <source>The CRM at {where} has a problem (HTTP {code} after {n} attempts); go on without it, or try again later.</source>
        <translation>В CRM-системе по адресу {where} возникла проблема (HTTP {code}, попыток: {n}); продолжайте работу без неё или повторите попытку позже.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="97"/>
        <source>The CRM at {where} has a problem (HTTP {code}); go on without it, or try again later.</source>
        <translation>В CRM-системе по адресу {where} возникла проблема (HTTP {code}); продолжайте работу без неё или повторите попытку позже.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="98"/>
        <source>The CRM at {where} has no /{path} address (HTTP 404): check the crm_url setting.</source>
        <translation>У CRM-системы по адресу {where} нет адреса /{path} (HTTP 404): проверьте параметр crm_url.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="99"/>
        <source>{who} has no usable &quot;{key}&quot; (text expected)</source>
        <translation>{who}: нет пригодного значения &quot;{key}&quot; (ожидается текст)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="100"/>
        <source>{who} has a &quot;{key}&quot; longer than {n} characters</source>
        <translation>{who}: значение &quot;{key}&quot; длиннее {n} символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="101"/>
        <source>{who} has no usable &quot;{key}&quot; (a list of text expected)</source>
        <translation>{who}: нет пригодного значения &quot;{key}&quot; (ожидается список текстовых значений)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="102"/>
        <source>{who} has the phone “{phone}”, not in international form (+…)</source>
        <translation>{who}: телефон «{phone}» не в международном формате (+…)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="103"/>
        <source>{who} has the e-mail “{email}”, not an address</source>
        <translation>{who}: эл. почта «{email}» не является адресом</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="104"/>
        <source>The CRM at {where} answered something this console cannot read (not JSON). Go on without it, and tell the CRM administrator.</source>
        <translation>CRM-система по адресу {where} вернула ответ, который эта консоль не может прочитать (не JSON). Продолжайте работу без неё и сообщите администратору CRM.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="105"/>
        <source>“{scheme}” is not a way to dial this console knows: choose tel, sip or callto in Settings → Telephony.</source>
        <translation>«{scheme}» — неизвестный этой консоли способ набора номера: выберите tel, sip или callto в разделе «Настройки → Телефония».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="106"/>
        <source>The dial command “{program}” failed (exit code {code}): {reason}. Check that your softphone is running and signed in, and the command in Settings → Telephony.</source>
        <translation>Команда набора номера «{program}» завершилась с ошибкой (код выхода {code}): {reason}. Проверьте, что софтфон запущен и вы в нём авторизованы, а также команду в разделе «Настройки → Телефония».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="107"/>
        <source>The dial command “{program}” failed (exit code {code}) and printed no reason. Check that your softphone is running and signed in, and the command in Settings → Telephony.</source>
        <translation>Команда набора номера «{program}» завершилась с ошибкой (код выхода {code}) и не сообщила причину. Проверьте, что софтфон запущен и вы в нём авторизованы, а также команду в разделе «Настройки → Телефония».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="108"/>
        <source>“{phone}” cannot be dialled: a number must be + and the country code, 8 to 15 digits in all, with nothing else. Correct the customer&apos;s phone number.</source>
        <translation>Номер «{phone}» нельзя набрать: номер должен состоять из + и кода страны, всего от 8 до 15 цифр, без других символов. Исправьте номер телефона клиента.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="109"/>
        <source>The dial command must start with the program to run: correct it in Settings → Telephony.</source>
        <translation>Команда набора номера должна начинаться с запускаемой программы: исправьте её в разделе «Настройки → Телефония».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="110"/>
        <source>The dial command “{command}” must start with the program to run, then its arguments with {{number}}: correct it in Settings → Telephony.</source>
        <translation>Команда набора номера «{command}» должна начинаться с запускаемой программы, за которой следуют её аргументы с {{number}}: исправьте команду в разделе «Настройки → Телефония».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="111"/>
        <source>The dial command “{command}” does not say where the number goes: add {{number}} (or {{number_digits}} for the number without +) in Settings → Telephony.</source>
        <translation>В команде набора номера «{command}» не указано, куда подставлять номер: добавьте {{number}} (или {{number_digits}} для номера без +) в разделе «Настройки → Телефония».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="112"/>
        <source>Dialling {phone} with your softphone…</source>
        <translation>Набор номера {phone} через софтфон…</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="113"/>
        <source>Dialling by SIP needs your phone system&apos;s domain (such as pbx.example.com): enter it in Settings → Telephony.</source>
        <translation>Для набора номера через SIP нужен домен вашей телефонной системы (например, pbx.example.com): укажите его в разделе «Настройки → Телефония».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="114"/>
        <source>“{domain}” is not a SIP domain: enter only the host name of your phone system, such as pbx.example.com, in Settings → Telephony.</source>
        <translation>«{domain}» не является SIP-доменом: укажите в разделе «Настройки → Телефония» только имя хоста вашей телефонной системы, например pbx.example.com.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="115"/>
        <source>Dialling {phone} via {domain}…</source>
        <translation>Набор номера {phone} через {domain}…</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="116"/>
        <source>Dialling {phone}…</source>
        <translation>Набор номера {phone}…</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="117"/>
        <source>The dial command “{command}” has a quote that is never closed: correct it in Settings → Telephony.</source>
        <translation>В команде набора номера «{command}» есть незакрытая кавычка: исправьте команду в разделе «Настройки → Телефония».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="118"/>
        <source>The dial command “{program}” was not found: check Settings → Telephony.</source>
        <translation>Команда набора номера «{program}» не найдена: проверьте раздел «Настройки → Телефония».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="119"/>
        <source>The dial command “{program}” may not be run (permission denied): check Settings → Telephony, or ask IT to allow the program.</source>
        <translation>Запуск команды набора номера «{program}» запрещён (отказано в доступе): проверьте раздел «Настройки → Телефония» или попросите ИТ-отдел разрешить эту программу.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="120"/>
        <source>The dial command “{program}” could not be started ({problem}): check Settings → Telephony.</source>
        <translation>Не удалось запустить команду набора номера «{program}» ({problem}): проверьте раздел «Настройки → Телефония».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="121"/>
        <source>The pop must be a JSON object such as {&quot;phone&quot;: &quot;+4930123456&quot;}.</source>
        <translation>Данные всплывающей карточки звонка должны быть объектом JSON, например {&quot;phone&quot;: &quot;+4930123456&quot;}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="122"/>
        <source>The pop needs a phone number in the field “phone”.</source>
        <translation>Для всплывающей карточки звонка нужен номер телефона в поле «phone».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="123"/>
        <source>“{phone}” is not a phone number: start it with + and the country code, or give a national number for {region}.</source>
        <translation>«{phone}» не является номером телефона: начните его с + и кода страны или укажите национальный номер для региона {region}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="124"/>
        <source>“{phone}” is not a phone number: start it with + and the country code.</source>
        <translation>«{phone}» не является номером телефона: начните его с + и кода страны.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="125"/>
        <source>The field “{name}” must be text.</source>
        <translation>Поле «{name}» должно быть текстом.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="126"/>
        <source>The field “{name}” is longer than {n} characters.</source>
        <translation>Поле «{name}» длиннее {n} символов.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="127"/>
        <source>The screen-pop listener only binds to {loopback} (this computer), not “{host}”.</source>
        <translation>Приём всплывающих карточек звонков (screen pop) работает только на {loopback} (этот компьютер), а не на «{host}».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="128"/>
        <source>The screen-pop listener needs a token.</source>
        <translation>Для приёма всплывающих карточек звонков (screen pop) нужен токен.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="129"/>
        <source>Port {port} is not a TCP port: use 1–65535, or 0 for any.</source>
        <translation>Порт {port} не является TCP-портом: используйте 1–65535 или 0 для любого свободного порта.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="130"/>
        <source>The screen-pop listener cannot use port {port} on {host} ({problem}); choose another with agent-console settings set pop_listener_port PORT (0 = any free port).</source>
        <translation>Приём всплывающих карточек звонков (screen pop) не может использовать порт {port} на {host} ({problem}); выберите другой командой agent-console settings set pop_listener_port PORT (0 — любой свободный порт).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="131"/>
        <source>Please fill in: {fields}.</source>
        <translation>Заполните: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="132"/>
        <source>TLS mode must be one of {modes}.</source>
        <translation>Режим TLS должен быть одним из следующих: {modes}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="133"/>
        <source>TLS mode {mode} checks the server&apos;s certificate: choose the CA file that signed it.</source>
        <translation>Режим TLS {mode} проверяет сертификат сервера: выберите файл CA, которым он подписан.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="134"/>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="135"/>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="136"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="137"/>
        <source>“{phone}” is not a phone number: use international form (+…) or a national number for {region}.</source>
        <translation>«{phone}» не является номером телефона: используйте международный формат (+…) или национальный номер для региона {region}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="138"/>
        <source>No calling windows given: write it like “{example}”.</source>
        <translation>Окна для звонков не указаны; пример записи: «{example}».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="139"/>
        <source>{date} {time} happens twice in {zone}: the clocks go back from {from_time} to {to_time}. Choose the first {time} ({first_offset}) or the second {time} ({second_offset}).</source>
        <translation>{date} {time} в {zone} наступает дважды: часы переводятся назад с {from_time} на {to_time}. Выберите первое {time} ({first_offset}) или второе {time} ({second_offset}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="140"/>
        <source>{date} {time} does not exist in {zone}: the clocks jump from {from_time} to {to_time}. Choose {earlier} or {later}.</source>
        <translation>{date} {time} не существует в {zone}: часы переводятся вперёд с {from_time} на {to_time}. Выберите {earlier} или {later}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="141"/>
        <source>{day} {time} ({offset})</source>
        <translation>{day} {time} ({offset})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="142"/>
        <source>The earliest time you can call is {start} ({zone}).</source>
        <translation>Самое раннее время, когда можно позвонить: {start} ({zone}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="143"/>
        <source>We will call you on {date} between {start} and {end} your time ({zone}).</source>
        <translation>Мы позвоним вам {date} с {start} до {end} по вашему времени ({zone}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="144"/>
        <source>“{part}” is not a window: write it like “{example}”.</source>
        <translation>«{part}» не является окном для звонков; пример записи: «{example}».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="145"/>
        <source>{time} ({offset})</source>
        <translation>{time} ({offset})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="146"/>
        <source>Nothing is open in the next {days} days: check the customer&apos;s calling hours.</source>
        <translation>В ближайшие {days} дн. нет времени, когда можно позвонить: проверьте часы, в которые клиенту можно звонить.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="147"/>
        <source>The next calling window opens {start} ({zone}).</source>
        <translation>Ближайшее окно для звонков открывается {start} ({zone}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="148"/>
        <source>We will call you today between {start} and {end} your time ({zone}).</source>
        <translation>Мы позвоним вам сегодня с {start} до {end} по вашему времени ({zone}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="149"/>
        <source>We will call you tomorrow between {start} and {end} your time ({zone}).</source>
        <translation>Мы позвоним вам завтра с {start} до {end} по вашему времени ({zone}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="150"/>
        <source>In “{part}”, “{name}” is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun, and write it like “{example}”.</source>
        <translation>В «{part}» «{name}» не является днём недели: используйте Mon, Tue, Wed, Thu, Fri, Sat или Sun; пример записи: «{example}».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="151"/>
        <source>“{part}” ends at 24:00: end the window at 23:59 instead (windows cannot cross midnight).</source>
        <translation>«{part}» заканчивается в 24:00: завершите окно в 23:59 (окна не могут переходить через полночь).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="152"/>
        <source>“{part}” has the impossible time {time}: hours go from 00 to 23 and minutes from 00 to 59, e.g. “{example}”.</source>
        <translation>В «{part}» указано невозможное время {time}: часы — от 00 до 23, минуты — от 00 до 59, например «{example}».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="153"/>
        <source>The callback must end after it starts: pick a later end time.</source>
        <translation>Обратный звонок должен заканчиваться позже, чем начинается: выберите более позднее время окончания.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="154"/>
        <source>{start} ({zone}) is in the past. {offer}</source>
        <translation>{start} ({zone}) — это время уже прошло. {offer}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="155"/>
        <source>{date} is a public holiday in {country} ({holiday}). {offer}</source>
        <translation>{date} — государственный праздник в стране {country} ({holiday}). {offer}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="156"/>
        <source>none set</source>
        <translation>не заданы</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="157"/>
        <source>{start}-{end} ({zone}) is outside the customer&apos;s calling hours ({hours}). {offer}</source>
        <translation>{start}-{end} ({zone}) — вне часов, в которые клиенту можно звонить ({hours}). {offer}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="158"/>
        <source>{later} overlaps {earlier}: make them one window or move one of them.</source>
        <translation>{later} пересекается с {earlier}: объедините их в одно окно или сдвиньте одно из них.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="159"/>
        <source>“{part}” ends before it starts: a window must end later the same day. To call across midnight, split it in two, e.g. “Fri 20:00-23:59; Sat 00:00-01:00”.</source>
        <translation>«{part}» заканчивается раньше, чем начинается: окно должно заканчиваться позже в тот же день. Чтобы звонить после полуночи, разделите его на два, например «Fri 20:00-23:59; Sat 00:00-01:00».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="160"/>
        <source>Unknown time zone “{zone}”: use an IANA name such as Europe/Tallinn.</source>
        <translation>Неизвестный часовой пояс «{zone}»: используйте название IANA, например Europe/Tallinn.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="161"/>
        <source>cursor marks where the caret goes; use it alone: {{ cursor }}</source>
        <translation>маркер cursor отмечает, куда встанет курсор; используйте его отдельно: {{ cursor }}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="162"/>
        <source>Expecting value</source>
        <translation>Ожидается значение</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="163"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>Ожидается разделитель &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="164"/>
        <source>{what} is not allowed in scripts</source>
        <translation>{what} в скриптах не допускается</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="165"/>
        <source>script &apos;{key}&apos;: {field}: {problem}</source>
        <translation>скрипт &apos;{key}&apos;: {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="166"/>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="167"/>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="168"/>
        <source>full name</source>
        <translation>полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="169"/>
        <source>account number</source>
        <translation>номер аккаунта</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="170"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="171"/>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="172"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="173"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="174"/>
        <source>customer&apos;s local time</source>
        <translation>местное время клиента</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="175"/>
        <source>customer&apos;s local date</source>
        <translation>местная дата клиента</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="176"/>
        <source>agent&apos;s name</source>
        <translation>полное имя оператора</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="177"/>
        <source>agent&apos;s first name</source>
        <translation>имя оператора</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="178"/>
        <source>callback promise</source>
        <translation>обещание обратного звонка</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="179"/>
        <source>callback window</source>
        <translation>время обратного звонка</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="180"/>
        <source>callback queue</source>
        <translation>очередь обратного звонка</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="181"/>
        <source>incident name</source>
        <translation>название инцидента</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="182"/>
        <source>incident facts</source>
        <translation>сведения об инциденте</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="183"/>
        <source>incident standards</source>
        <translation>стандарты по инциденту</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="184"/>
        <source>incident update time</source>
        <translation>время обновления сведений об инциденте</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="185"/>
        <source>line {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="186"/>
        <source>a {% for %} loop</source>
        <translation>цикл {% for %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="187"/>
        <source>{% set %}</source>
        <translation>{% set %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="188"/>
        <source>a {% macro %}</source>
        <translation>макрос {% macro %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="189"/>
        <source>a {% call %} block</source>
        <translation>блок {% call %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="190"/>
        <source>{% include %}</source>
        <translation>{% include %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="191"/>
        <source>{% import %}</source>
        <translation>{% import %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="192"/>
        <source>{% from … import %}</source>
        <translation>{% from … import %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="193"/>
        <source>{% extends %}</source>
        <translation>{% extends %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="194"/>
        <source>a {% block %}</source>
        <translation>блок {% block %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="195"/>
        <source>a {% filter %} block</source>
        <translation>блок {% filter %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="196"/>
        <source>{% with %}</source>
        <translation>{% with %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="197"/>
        <source>{% autoescape %}</source>
        <translation>{% autoescape %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="198"/>
        <source>{% do %}</source>
        <translation>{% do %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="199"/>
        <source>{% continue %}</source>
        <translation>{% continue %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="200"/>
        <source>{% break %}</source>
        <translation>{% break %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="201"/>
        <source>a subscript ([…])</source>
        <translation>обращение по индексу ([…])</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="202"/>
        <source>a slice</source>
        <translation>срез</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="203"/>
        <source>an inline if … else (use {% if %} … {% endif %})</source>
        <translation>условное выражение if … else (используйте {% if %} … {% endif %})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="204"/>
        <source>a comparison</source>
        <translation>сравнение</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="205"/>
        <source>a test (is …)</source>
        <translation>проверка (is …)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="206"/>
        <source>joining with ~</source>
        <translation>объединение через ~</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="207"/>
        <source>a tuple</source>
        <translation>кортеж</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="208"/>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="209"/>
        <source>a dict</source>
        <translation>словарь</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="210"/>
        <source>a function call (only ask(&quot;…&quot;) is allowed)</source>
        <translation>вызов функции (допускается только ask(&quot;…&quot;))</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="211"/>
        <source>a literal value (write the text outside {{ }})</source>
        <translation>литеральное значение (пишите текст вне {{ }})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="212"/>
        <source>arithmetic ({operator})</source>
        <translation>арифметическая операция ({operator})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="213"/>
        <source>the text has {length:,} characters; a script has at most {n:,}</source>
        <translation>в тексте символов: {length:,}; скрипт может содержать не более {n:,}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="214"/>
        <source>script &apos;{key}&apos;, variant &apos;{language}&apos;: {problem}</source>
        <translation>скрипт &apos;{key}&apos;, вариант &apos;{language}&apos;: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="215"/>
        <source>the file is larger than {n:,} bytes</source>
        <translation>файл больше {n:,} байт</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="216"/>
        <source>the file must be an object: {{&quot;format&quot;: &quot;{format}&quot;, &quot;scripts&quot;: […]}}</source>
        <translation>файл должен быть объектом: {{&quot;format&quot;: &quot;{format}&quot;, &quot;scripts&quot;: […]}}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="217"/>
        <source>&quot;format&quot; must be &quot;{format}&quot;</source>
        <translation>значение &quot;format&quot; должно быть &quot;{format}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="218"/>
        <source>script &apos;{key}&apos;</source>
        <translation>скрипт &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="219"/>
        <source>script {n}</source>
        <translation>скрипт {n}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="220"/>
        <source>{script}: “retired” is true or false</source>
        <translation>{script}: «retired» может быть только true или false</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="221"/>
        <source>This script cannot be used: {problems}.</source>
        <translation>Этот скрипт нельзя использовать: {problems}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="222"/>
        <source>“{operator}” outside {{% if %}}</source>
        <translation>«{operator}» вне {{% if %}}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="223"/>
        <source>arithmetic (unary {operator})</source>
        <translation>арифметическая операция (унарный {operator})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="224"/>
        <source>“{text}” is a sequence of keys; give one combination like Ctrl+Alt+L</source>
        <translation>«{text}» — это последовательность клавиш; укажите одно сочетание, например Ctrl+Alt+L</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="225"/>
        <source>the + key cannot be a shortcut key</source>
        <translation>клавиша + не может использоваться в сочетании клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="226"/>
        <source>“{text}” has an empty part; write it like Ctrl+Alt+L</source>
        <translation>в «{text}» есть пустая часть; пример записи: Ctrl+Alt+L</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="227"/>
        <source>“{text}” would type text; add Ctrl, Alt or Meta (e.g. Ctrl+Alt+{key})</source>
        <translation>«{text}» будет вводить текст; добавьте Ctrl, Alt или Meta (например, Ctrl+Alt+{key})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="228"/>
        <source>{shortcut} is reserved (Alt+1…9 insert favourites; Ctrl+A/C/V/X/Y/Z edit text)</source>
        <translation>сочетание {shortcut} зарезервировано (Alt+1…9 вставляют избранные скрипты; Ctrl+A/C/V/X/Y/Z служат для правки текста)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="229"/>
        <source>not valid JSON: {problem}</source>
        <translation>недопустимый JSON: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="230"/>
        <source>{script}, variant &apos;{language}&apos;</source>
        <translation>{script}, вариант &apos;{language}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="231"/>
        <source>a {% filter %} block is not allowed in scripts</source>
        <translation>блок {% filter %} в скриптах не допускается</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="232"/>
        <source>the filter “{name}” is not allowed (use upper, lower, title or default(&quot;…&quot;))</source>
        <translation>фильтр «{name}» не допускается (используйте upper, lower, title или default(&quot;…&quot;))</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="233"/>
        <source>ask takes one question in quotes: ask(&quot;Refund amount&quot;)</source>
        <translation>ask принимает один вопрос в кавычках: ask(&quot;Сумма возврата&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="234"/>
        <source>ask needs a question: ask(&quot;Refund amount&quot;)</source>
        <translation>для ask нужен вопрос: ask(&quot;Сумма возврата&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="235"/>
        <source>ask must be called with a question: ask(&quot;Refund amount&quot;)</source>
        <translation>ask нужно вызывать с вопросом: ask(&quot;Сумма возврата&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="236"/>
        <source>the template does not parse: {problem}</source>
        <translation>не удаётся разобрать шаблон: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="237"/>
        <source>the template does not parse: syntax error</source>
        <translation>не удаётся разобрать шаблон: синтаксическая ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="238"/>
        <source>{count} placeholders; a script has at most {n}</source>
        <translation>подстановок: {count}; скрипт может содержать не более {n}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="239"/>
        <source>“{text}” is not a modifier (use Ctrl, Alt, Shift or Meta)</source>
        <translation>«{text}» не является клавишей-модификатором (используйте Ctrl, Alt, Shift или Meta)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="240"/>
        <source>{key} is given twice</source>
        <translation>клавиша {key} указана дважды</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="241"/>
        <source>lower-case letters, digits, - and _ (at most {n}), such as latte or callback-promise</source>
        <translation>строчные латинские буквы, цифры, - и _ (не более {n}), например latte или callback-promise</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="242"/>
        <source>a script needs at least one language</source>
        <translation>у скрипта должен быть хотя бы один язык</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="243"/>
        <source>“{language}” has no variant (give one of {languages})</source>
        <translation>для «{language}» нет варианта (укажите один из: {languages})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="244"/>
        <source>Extra data after the document</source>
        <translation>Лишние данные после документа</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="245"/>
        <source>version {version} is not supported (this program reads version {supported})</source>
        <translation>версия {version} не поддерживается (эта программа читает версию {supported})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="246"/>
        <source>&quot;scripts&quot; must be a list of scripts</source>
        <translation>&quot;scripts&quot; должен быть списком скриптов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="247"/>
        <source>{script}: “queues” must be a list of queue names</source>
        <translation>{script}: «queues» должен быть списком названий очередей</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="248"/>
        <source>{script}: “variants” must map languages to texts: {{&quot;en&quot;: {{&quot;body&quot;: &quot;…&quot;}}}}</source>
        <translation>{script}: «variants» должен сопоставлять языкам тексты: {{&quot;en&quot;: {{&quot;body&quot;: &quot;…&quot;}}}}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="249"/>
        <source>{{ cursor }} may appear only once</source>
        <translation>{{ cursor }} может встречаться только один раз</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="250"/>
        <source>the filter “{name}” takes no extra arguments here</source>
        <translation>фильтр «{name}» здесь не принимает дополнительных аргументов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="251"/>
        <source>a question has at most {n} characters</source>
        <translation>вопрос может содержать не более {n} символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="252"/>
        <source>a literal</source>
        <translation>литерал</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="253"/>
        <source>attribute lookup (.{attribute}) on {what} is not allowed</source>
        <translation>обращение к атрибуту (.{attribute}) не допускается для выражения: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="254"/>
        <source>“{text}” is not a key (a letter, a digit, F1–F35 or a named key such as Space or PgUp)</source>
        <translation>«{text}» не является клавишей (буква, цифра, F1–F35 или именованная клавиша, например Space или PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="255"/>
        <source>a title is required</source>
        <translation>необходимо указать заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="256"/>
        <source>“{language}” is not a language code such as en, th, ru or fa</source>
        <translation>«{language}» не является кодом языка (например, en, th, ru или fa)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="257"/>
        <source>{language} is given twice</source>
        <translation>язык {language} указан дважды</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="258"/>
        <source>the title has at most {n} characters</source>
        <translation>заголовок может содержать не более {n} символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="259"/>
        <source>the text is empty</source>
        <translation>текст пуст</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="260"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Ожидается имя свойства в двойных кавычках</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="261"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>Ожидается разделитель &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="262"/>
        <source>the key “{key}” is given twice</source>
        <translation>ключ «{key}» указан дважды</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="263"/>
        <source>unknown key “{key}”</source>
        <translation>неизвестный ключ «{key}»</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="264"/>
        <source>script &apos;{key}&apos; is given twice (first on line {line})</source>
        <translation>скрипт &apos;{key}&apos; указан дважды (впервые — в строке {line})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="265"/>
        <source>script {n} must be an object</source>
        <translation>скрипт {n} должен быть объектом</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="266"/>
        <source>{script}: “{key}” is required</source>
        <translation>{script}: необходимо указать «{key}»</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="267"/>
        <source>{script}: “{key}” must be text</source>
        <translation>{script}: значение «{key}» должно быть текстом</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="268"/>
        <source>{script}: unknown key “{key}” (known: {known})</source>
        <translation>{script}: неизвестный ключ «{key}» (известные: {known})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="269"/>
        <source>unknown name “{name}” (use customer, agent, callback, incident, ask(&quot;…&quot;) or cursor)</source>
        <translation>неизвестное имя «{name}» (используйте customer, agent, callback, incident, ask(&quot;…&quot;) или cursor)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="270"/>
        <source>{what} in {{% if %}} is not allowed (test a field: {{% if customer.email %}})</source>
        <translation>{what} в {{% if %}} не допускается (проверяйте поле: {{% if customer.email %}})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="271"/>
        <source>contains a reserved character</source>
        <translation>содержит зарезервированный символ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="273"/>
        <source>not valid JSON: nested too deeply</source>
        <translation>недопустимый JSON: слишком глубокая вложенность</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="274"/>
        <source>script &apos;{key}&apos;: shortcut {shortcut} is also script &apos;{other}&apos;s</source>
        <translation>скрипт &apos;{key}&apos;: сочетание клавиш {shortcut} уже назначено скрипту &apos;{other}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="275"/>
        <source>{script}: “body” must be text or a list of lines</source>
        <translation>{script}: «body» должен быть текстом или списком строк</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="276"/>
        <source>default needs one text in quotes: default(&quot;there&quot;)</source>
        <translation>для default нужен один текст в кавычках: default(&quot;there&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="277"/>
        <source>the filter “{name}” takes no arguments</source>
        <translation>фильтр «{name}» не принимает аргументов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="278"/>
        <source>customer.fields needs a field name: customer.fields.departure_date</source>
        <translation>для customer.fields нужно имя поля: customer.fields.departure_date</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="279"/>
        <source>a default text has at most {n} characters</source>
        <translation>текст по умолчанию может содержать не более {n} символов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="280"/>
        <source>unknown field {name}</source>
        <translation>неизвестное поле {name}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="281"/>
        <source>This computer has no usable password store (keyring), so the secret cannot be remembered; enter it each time, or install and unlock a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</source>
        <translation>На этом компьютере нет пригодного хранилища паролей (keyring), поэтому секрет нельзя запомнить; вводите его каждый раз или установите и разблокируйте хранилище паролей (GNOME Keyring, KWallet, Связка ключей macOS, Диспетчер учётных данных Windows).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="282"/>
        <source>reached</source>
        <translation>дозвонились</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="283"/>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="284"/>
        <source>busy</source>
        <translation>занято</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="285"/>
        <source>voicemail left</source>
        <translation>оставлено голосовое сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="286"/>
        <source>wrong number</source>
        <translation>неверный номер</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="287"/>
        <source>asked to reschedule</source>
        <translation>клиент попросил перенести</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="288"/>
        <source>pending</source>
        <translation>ожидает выполнения</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="289"/>
        <source>claimed</source>
        <translation>взят в работу</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="290"/>
        <source>kept</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="291"/>
        <source>broken</source>
        <translation>нарушен</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="292"/>
        <source>failed</source>
        <translation>не выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="293"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="294"/>
        <source>choose a time, as soon as possible, or their next calling window</source>
        <translation>выберите: в указанное время, как можно скорее или в ближайшее окно для звонков клиента</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="295"/>
        <source>me or a queue</source>
        <translation>укажите себя или очередь</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="296"/>
        <source>between {low} and {high} minutes</source>
        <translation>от {low} до {high} минут</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="297"/>
        <source>pick a date and time in the customer&apos;s time</source>
        <translation>выберите дату и время по времени клиента</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="298"/>
        <source>someone</source>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="299"/>
        <source>This callback was changed by {name} at {time} UTC while you had it open: reload to see it. Your note is kept.</source>
        <translation>Этот обратный звонок изменён ({name}, {time} UTC), пока он был у вас открыт: обновите данные, чтобы увидеть изменения. Ваша заметка сохранена.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="300"/>
        <source>say why (it is shown to your supervisor)</source>
        <translation>укажите причину (её увидит ваш супервайзер)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="301"/>
        <source>between {low} and {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="302"/>
        <source>“{text}” is not a retry policy: write steps like “+15m,+1h,next_window” (minutes m, hours h, days d, or next_window)</source>
        <translation>«{text}» не является правилом повторных попыток: запишите шаги, например «+15m,+1h,next_window» (минуты — m, часы — h, дни — d или next_window)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="303"/>
        <source>at most {n} characters (it has {length})</source>
        <translation>не более {n} символов (сейчас {length})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="304"/>
        <source>There is no queue {id}.</source>
        <translation>Очередь {id} не найдена.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="307"/>
        <source>No calling window opens for {name} in the next {days} days ({zone}). Check the calling windows for {country}.</source>
        <translation>Для клиента {name} в ближайшие {days} дн. не открывается ни одно окно для звонков ({zone}). Проверьте окна для звонков в стране {country}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="308"/>
        <source>No calling window opens for {name} in the next {days} days ({zone}). Check the calling windows for their country.</source>
        <translation>Для клиента {name} в ближайшие {days} дн. не открывается ни одно окно для звонков ({zone}). Проверьте окна для звонков в стране клиента.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="311"/>
        <source>This callback is already {state} (by {name} at {time} UTC): nothing was changed.</source>
        <translation>Этот обратный звонок уже {state} ({name}, {time} UTC): ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="314"/>
        <source>This callback no longer exists.</source>
        <translation>Этот обратный звонок больше не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="315"/>
        <source>Say why these callbacks move: the reason is kept in each one&apos;s history.</source>
        <translation>Укажите, почему переназначаются эти обратные звонки: причина сохраняется в истории каждого из них.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="316"/>
        <source>Only a supervisor can reassign callbacks.</source>
        <translation>Переназначать обратные звонки может только супервайзер.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="317"/>
        <source>There is no queue “{name}”.</source>
        <translation>Очередь «{name}» не найдена.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="318"/>
        <source>a two-letter ISO code such as IR or EE</source>
        <translation>двухбуквенный код ISO, например IR или EE</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="319"/>
        <source>{name} has no phone number on file: add one to the card first (Ctrl+E), then schedule the callback</source>
        <translation>у клиента {name} нет номера телефона: сначала добавьте его в карточку (Ctrl+E), затем назначьте обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="320"/>
        <source>{phone} is not one of the customer&apos;s numbers</source>
        <translation>{phone} не является одним из номеров клиента</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="321"/>
        <source>This callback is already {state} by {name}: your list was out of date and has been refreshed.</source>
        <translation>Этот обратный звонок уже {state} ({name}): ваш список устарел и был обновлён.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="322"/>
        <source>This callback is already {state}: your list was out of date and has been refreshed.</source>
        <translation>Этот обратный звонок уже {state}: ваш список устарел и был обновлён.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="323"/>
        <source>one of {outcomes}</source>
        <translation>одно из значений ({outcomes})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="324"/>
        <source>pick the new time the customer asked for</source>
        <translation>выберите новое время, о котором попросил клиент</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="325"/>
        <source>say why the promise is withdrawn (the customer may ask)</source>
        <translation>укажите, почему обещание отозвано (клиент может спросить)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="327"/>
        <source>choose one agent or one queue</source>
        <translation>выберите одного оператора или одну очередь</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="328"/>
        <source>select at least one callback</source>
        <translation>выберите хотя бы один обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="330"/>
        <source>you are in no queue, so nobody could take this callback over if you cannot make it: choose a queue</source>
        <translation>вы не состоите ни в одной очереди, поэтому никто не сможет взять этот обратный звонок, если вы не успеете: выберите очередь</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="331"/>
        <source>there is no queue {id}</source>
        <translation>очередь {id} не найдена</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="335"/>
        <source>{name} was found in the CRM and added to this console.</source>
        <translation>Клиент {name} найден в CRM и добавлен в эту консоль.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="336"/>
        <source>“{phone}” is not a phone number (a withheld or unknown caller).</source>
        <translation>«{phone}» не является номером телефона (номер скрыт или неизвестен).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="337"/>
        <source>No customer has the number {phone}.</source>
        <translation>Нет клиента с номером {phone}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="338"/>
        <source>Neither this console nor the CRM knows the number {phone}.</source>
        <translation>Номер {phone} неизвестен ни этой консоли, ни CRM.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="344"/>
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="345"/>
        <source>This customer was changed by {who} at {time} UTC on {day} while you were editing. Nothing was saved: reload to see their change, then apply yours again (your text is kept).</source>
        <translation>Этот клиент был изменён {day} в {time} UTC, пока вы его редактировали (автор изменений: {who}). Ничего не сохранено: обновите данные, чтобы увидеть эти изменения, затем внесите свои снова (ваш текст сохранён).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="346"/>
        <source>no free account number was found; type one</source>
        <translation>не найден свободный номер аккаунта; введите его вручную</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="347"/>
        <source>Customer {id} no longer exists; nothing was saved.</source>
        <translation>Клиент {id} больше не существует; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="348"/>
        <source>{account} belongs to another customer</source>
        <translation>{account} принадлежит другому клиенту</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="349"/>
        <source>The dashboard is for supervisors and admins.</source>
        <translation>Панель мониторинга доступна только супервайзерам и администраторам.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="350"/>
        <source>choose one of {choices}</source>
        <translation>выберите одно из значений ({choices})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="351"/>
        <source>say why (the next agent reads it)</source>
        <translation>укажите причину (её прочитает следующий оператор)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="352"/>
        <source>cannot be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="353"/>
        <source>a three-letter code such as EUR</source>
        <translation>трёхбуквенный код, например EUR</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="354"/>
        <source>Customer {id} no longer exists.</source>
        <translation>Клиент {id} больше не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="355"/>
        <source>A {what} was already given on {date} by {who} (“{reason}”). Confirm to give another one.</source>
        <translation>Компенсация «{what}» уже предоставлена {date} ({who}, причина: «{reason}»). Подтвердите, чтобы предоставить ещё одну.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="356"/>
        <source>say why it is voided</source>
        <translation>укажите причину аннулирования</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="357"/>
        <source>This gesture was changed or voided by someone else meanwhile: reload.</source>
        <translation>Эту компенсацию тем временем изменил или аннулировал кто-то другой: обновите данные.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="358"/>
        <source>Only a supervisor can change who a disruption affects.</source>
        <translation>Изменять круг клиентов, затронутых инцидентом, может только супервайзер.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="359"/>
        <source>{value}: {reason}</source>
        <translation>{value}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="360"/>
        <source>give it a name agents recognise, such as “AUR-1127 fire on board”</source>
        <translation>дайте название, понятное операторам, например «AUR-1127: пожар на борту»</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="361"/>
        <source>write what agents may tell customers now (you can edit it later)</source>
        <translation>напишите, что операторы могут сейчас сообщать клиентам (позже это можно изменить)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="362"/>
        <source>a customer field name such as voyage or flight</source>
        <translation>название поля клиента, например voyage или flight</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="363"/>
        <source>the value to match, such as AUR-1127</source>
        <translation>значение для сопоставления, например AUR-1127</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="364"/>
        <source>at most {n:,} characters ({length:,} given)</source>
        <translation>не более {n:,} символов (указано {length:,})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="365"/>
        <source>Only a supervisor can declare a disruption.</source>
        <translation>Объявить инцидент может только супервайзер.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="366"/>
        <source>Only a supervisor can edit a disruption&apos;s facts.</source>
        <translation>Изменять сведения об инциденте может только супервайзер.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="367"/>
        <source>Only a supervisor can close a disruption.</source>
        <translation>Закрыть инцидент может только супервайзер.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="368"/>
        <source>There is no disruption {id}.</source>
        <translation>Инцидент {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="369"/>
        <source>This disruption is closed: open a new one for new news.</source>
        <translation>Этот инцидент закрыт: для новых сведений объявите новый инцидент.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="370"/>
        <source>Only a supervisor can create callbacks for a disruption.</source>
        <translation>Создавать обратные звонки по инциденту может только супервайзер.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="371"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="372"/>
        <source>agents need something to say: the facts cannot be empty</source>
        <translation>операторам нужно что-то сообщать клиентам: сведения не могут быть пустыми</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="373"/>
        <source>“{name}” is closed: its facts no longer change.</source>
        <translation>«{name}» закрыт: его сведения больше не меняются.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="374"/>
        <source>{who} changed the facts of “{name}” at {time} UTC while you were editing: your text is kept; reload to see theirs.</source>
        <translation>Пока вы редактировали, сведения об инциденте «{name}» были изменены ({who}, {time} UTC): ваш текст сохранён; обновите данные, чтобы увидеть эти изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="375"/>
        <source>the list is empty: one account or booking per line</source>
        <translation>список пуст: укажите по одному номеру аккаунта или бронирования в строке</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="376"/>
        <source>at most {n:,} lines at a time</source>
        <translation>не более {n:,} строк за раз</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="377"/>
        <source>no customer matches</source>
        <translation>нет подходящих клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="378"/>
        <source>Only a supervisor can see the disruption figures.</source>
        <translation>Показатели по инцидентам доступны только супервайзеру.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="379"/>
        <source>choose the queue that will make these callbacks</source>
        <translation>выберите очередь, которая будет выполнять эти обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="380"/>
        <source>no account or booking number</source>
        <translation>нет номера аккаунта или бронирования</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="381"/>
        <source>repeats line {line}</source>
        <translation>повторяет строку {line}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="382"/>
        <source>no customer has this account or booking number</source>
        <translation>нет клиента с таким номером аккаунта или бронирования</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="383"/>
        <source>{n} customers share this booking: list their account numbers</source>
        <translation>это бронирование есть у нескольких клиентов ({n}): укажите их номера аккаунтов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="384"/>
        <source>Write the note before saving it.</source>
        <translation>Напишите заметку, прежде чем сохранять её.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="385"/>
        <source>This text is {length:,} characters long; the most a contact can hold is {n:,}. Shorten it, or attach the rest in an email.</source>
        <translation>Длина текста — {length:,} симв., а обращение может содержать не более {n:,}. Сократите текст или отправьте остальное в письме.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="386"/>
        <source>Choose whether the call was inbound or outbound.</source>
        <translation>Укажите, был звонок входящим или исходящим.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="387"/>
        <source>“{outcome}” is not a call outcome: choose one from the list.</source>
        <translation>«{outcome}» не является результатом звонка: выберите результат из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="388"/>
        <source>A call cannot start in the future: check the start time.</source>
        <translation>Звонок не может начаться в будущем: проверьте время начала.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="389"/>
        <source>The call cannot end before it started: check the end time.</source>
        <translation>Звонок не может закончиться раньше, чем начался: проверьте время окончания.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="390"/>
        <source>Customer {id} does not exist any more, so nothing was saved. Search for the customer again.</source>
        <translation>Клиент {id} больше не существует, поэтому ничего не сохранено. Найдите клиента заново.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="391"/>
        <source>Your user account (id {id}) no longer exists, so nothing was saved. Ask an administrator to restore it.</source>
        <translation>Ваша учётная запись (id {id}) больше не существует, поэтому ничего не сохранено. Попросите администратора восстановить её.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="392"/>
        <source>give the rule a name agents will understand</source>
        <translation>дайте правилу название, понятное операторам</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="393"/>
        <source>one of {choices}</source>
        <translation>одно из значений ({choices})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="394"/>
        <source>name the customer field, such as departure_date</source>
        <translation>укажите поле клиента, например departure_date</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="395"/>
        <source>the value to match</source>
        <translation>значение для сопоставления</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="396"/>
        <source>a number of days, such as 7</source>
        <translation>число дней, например 7</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="397"/>
        <source>There is no priority rule {id}.</source>
        <translation>Правило приоритета {id} не найдено.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="398"/>
        <source>Scripts imported: {counts}.</source>
        <translation>Импорт скриптов завершён — {counts}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="399"/>
        <source>This script was changed by {who} at {time} UTC on {day} while you were editing. Nothing was saved: reload to see their change, then apply yours again (your text is kept).</source>
        <translation>Этот скрипт был изменён {day} в {time} UTC, пока вы его редактировали (автор изменений: {who}). Ничего не сохранено: обновите данные, чтобы увидеть эти изменения, затем внесите свои снова (ваш текст сохранён).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="400"/>
        <source>{n} problem(s) in the file: nothing was imported. Correct them and import the whole file again.</source>
        <translation>Проблем в файле: {n}; ничего не импортировано. Исправьте их и импортируйте весь файл заново.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="401"/>
        <source>Scripts imported: the file has no scripts.</source>
        <translation>Импорт скриптов: в файле нет скриптов.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="402"/>
        <source>restore scripts</source>
        <translation>восстанавливать скрипты</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="403"/>
        <source>retire scripts</source>
        <translation>архивировать скрипты</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="404"/>
        <source>This user</source>
        <translation>Этот пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="405"/>
        <source>{who} cannot {what}: only supervisors and admins can change the script library. Ask a supervisor to make the change.</source>
        <translation>{who} не может {what}: изменять библиотеку скриптов могут только супервайзеры и администраторы. Попросите супервайзера внести изменение.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="406"/>
        <source>Script {id} no longer exists; nothing was saved.</source>
        <translation>Скрипт {id} больше не существует; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="407"/>
        <source>{n} created</source>
        <translation>создано: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="408"/>
        <source>{n} updated</source>
        <translation>обновлено: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="409"/>
        <source>{n} retired</source>
        <translation>архивировано: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="410"/>
        <source>{n} restored</source>
        <translation>восстановлено: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="411"/>
        <source>{n} unchanged</source>
        <translation>без изменений: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="412"/>
        <source>Script {script} has no version {number}.</source>
        <translation>У скрипта {script} нет версии {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="413"/>
        <source>reorder scripts</source>
        <translation>менять порядок скриптов</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="414"/>
        <source>import scripts</source>
        <translation>импортировать скрипты</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="415"/>
        <source>There is no script “{script}”.</source>
        <translation>Скрипт «{script}» не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="416"/>
        <source>there is no queue {names}</source>
        <translation>нет такой очереди: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="417"/>
        <source>{shortcut} is already the shortcut of “{owner}”</source>
        <translation>сочетание {shortcut} уже назначено скрипту «{owner}»</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="418"/>
        <source>{shortcut} was just given to another script</source>
        <translation>сочетание {shortcut} только что назначено другому скрипту</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="419"/>
        <source>there is already a script “{key}”</source>
        <translation>скрипт «{key}» уже существует</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="420"/>
        <source>create scripts</source>
        <translation>создавать скрипты</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="421"/>
        <source>edit scripts</source>
        <translation>редактировать скрипты</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="422"/>
        <source>a script is listed twice</source>
        <translation>скрипт указан дважды</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="423"/>
        <source>There is no script {id}.</source>
        <translation>Скрипт {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="424"/>
        <source>“{title}” is retired and cannot be a favourite.</source>
        <translation>«{title}» находится в архиве и не может быть в избранном.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="425"/>
        <source>Only favourites can be reordered: add the script to your favourites first.</source>
        <translation>Менять порядок можно только у избранных скриптов: сначала добавьте скрипт в избранное.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="426"/>
        <source>Script {id} does not exist.</source>
        <translation>Скрипт {id} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="427"/>
        <source>Cannot write {path}: {problem}.</source>
        <translation>Не удаётся записать {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="428"/>
        <source>“{title}” cannot come back with its shortcut {shortcut}: “{owner}” has it now. Give one of them another shortcut first.</source>
        <translation>«{title}» нельзя восстановить с сочетанием клавиш {shortcut}: сейчас оно назначено скрипту «{owner}». Сначала назначьте одному из них другое сочетание.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="429"/>
        <source>a script&apos;s key cannot change (files and seeding find it by it); it stays “{key}”</source>
        <translation>ключ скрипта нельзя изменить (по нему скрипт находят файлы и начальное заполнение); он остаётся «{key}»</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="430"/>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="431"/>
        <source>Team mode needs PostgreSQL; SQLite is single-user.</source>
        <translation>Для командного режима нужен PostgreSQL; SQLite — однопользовательская база данных.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="432"/>
        <source>Unknown role “{role}”: use agent, supervisor or admin.</source>
        <translation>Неизвестная роль «{role}»: используйте agent, supervisor или admin.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="433"/>
        <source>Only a console admin can manage users: connect as an admin login.</source>
        <translation>Управлять пользователями может только администратор консоли: подключитесь под учётной записью администратора.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="434"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="435"/>
        <source>the customer&apos;s issue</source>
        <translation>суть обращения</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="436"/>
        <source>what was already tried</source>
        <translation>что уже сделано</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="437"/>
        <source>what was promised</source>
        <translation>что обещано</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="438"/>
        <source>identity verified</source>
        <translation>личность подтверждена</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="439"/>
        <source>the customer&apos;s mood</source>
        <translation>настроение клиента</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="440"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="441"/>
        <source>offered</source>
        <translation>предложен</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="442"/>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="443"/>
        <source>declined</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="444"/>
        <source>timed out</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="445"/>
        <source>converted</source>
        <translation>превращён в обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="446"/>
        <source>one sentence, please (at most {n} characters)</source>
        <translation>одним предложением, пожалуйста (не более {n} символов)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="447"/>
        <source>{name} took this transfer at {time} UTC, before you: nothing to do.</source>
        <translation>Этот перевод уже принят раньше вас ({name}, {time} UTC): делать ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="448"/>
        <source>unknown field(s) {fields}; choose from {choices}</source>
        <translation>неизвестные поля: {fields}; выберите из: {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="449"/>
        <source>choose one colleague or one queue</source>
        <translation>выберите одного коллегу или одну очередь</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="450"/>
        <source>the linked callback is not an open promise of this customer</source>
        <translation>привязанный обратный звонок не является открытым обещанием этого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="451"/>
        <source>this customer was already passed on {n} times in this contact: say why another handover is needed (your supervisor sees it)</source>
        <translation>передач этого клиента в этом обращении уже было: {n}; укажите, почему нужна ещё одна передача (это увидит ваш супервайзер)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="452"/>
        <source>Transfer {id} does not exist.</source>
        <translation>Перевод {id} не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="453"/>
        <source>This transfer is for queue {queue}; you are not in it.</source>
        <translation>Этот перевод адресован очереди {queue}; вы в ней не состоите.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="454"/>
        <source>{name} took this transfer a moment before you: nothing to do.</source>
        <translation>Этот перевод только что принят раньше вас ({name}): делать ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="455"/>
        <source>Only the sender can turn a transfer into a callback.</source>
        <translation>Превратить перевод в обратный звонок может только отправитель.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="456"/>
        <source>This transfer is already {state}.</source>
        <translation>Этот перевод уже {state}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="457"/>
        <source>{name} is in no queue: schedule the callback yourself.</source>
        <translation>{name} не состоит ни в одной очереди: назначьте обратный звонок сами.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="458"/>
        <source>you cannot transfer a customer to yourself</source>
        <translation>нельзя перевести клиента самому себе</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="459"/>
        <source>tell the sender why, so they can find the right person</source>
        <translation>объясните отправителю причину, чтобы он мог найти нужного человека</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="460"/>
        <source>This transfer is addressed to {name}, not to you.</source>
        <translation>Получатель этого перевода — {name}, а не вы.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="461"/>
        <source>{name} withdrew this transfer at {time} UTC.</source>
        <translation>Этот перевод отозван отправителем ({name}) в {time} UTC.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="462"/>
        <source>Only the sender can take a transfer back.</source>
        <translation>Отозвать перевод может только отправитель.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="463"/>
        <source>this queue takes only customers whose identity is checked</source>
        <translation>эта очередь принимает только клиентов с подтверждённой личностью</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="464"/>
        <source>{field} is required by this queue</source>
        <translation>для этой очереди обязательно поле «{field}»</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="465"/>
        <source>That colleague does not exist or is disabled.</source>
        <translation>Такого коллеги нет или его учётная запись отключена.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="466"/>
        <source>{name} is not signed in to Agent Console right now, so nobody would answer. Choose a colleague who is available, or their queue.</source>
        <translation>{name} сейчас не в сети в Agent Console, поэтому ответить будет некому. Выберите доступного коллегу или его очередь.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="467"/>
        <source>{name} withdrew this transfer.</source>
        <translation>Этот перевод отозван отправителем ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="468"/>
        <source>This transfer is already {state} at {time} UTC.</source>
        <translation>Этот перевод уже {state} в {time} UTC.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="469"/>
        <source>You are signed in to the database as “{login}”: in team mode you act as yourself, not as “{name}”. Leave out --user (or sign in as {name}).</source>
        <translation>Вы вошли в базу данных как «{login}»: в командном режиме вы действуете от своего имени, а не от имени «{name}». Не указывайте --user (или войдите как {name}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="470"/>
        <source>Your database login “{login}” has no console user in this database: ask your console admin to run `agent-console admin add-user {login} --role agent`.</source>
        <translation>Для вашего логина базы данных «{login}» в этой базе нет пользователя консоли: попросите администратора консоли выполнить `agent-console admin add-user {login} --role agent`.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="471"/>
        <source>The console user “{login}” is disabled: ask your console admin.</source>
        <translation>Пользователь консоли «{login}» отключён: обратитесь к администратору консоли.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="472"/>
        <source>There is no user “{name}” in this database; pick one from `agent-console users` or leave the user setting empty.</source>
        <translation>В этой базе данных нет пользователя «{name}»; выберите пользователя из списка `agent-console users` или оставьте параметр user пустым.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="473"/>
        <source>Dialling by SIP needs your phone system&apos;s domain, such as pbx.example.com.</source>
        <translation>Для набора номера через SIP нужен домен вашей телефонной системы, например pbx.example.com.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="474"/>
        <source>Setting {name} must be true or false, not “{value}”.</source>
        <translation>Параметр {name} должен иметь значение true или false, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="475"/>
        <source>There is no setting “{name}”; known settings: {known}.</source>
        <translation>Параметра «{name}» не существует; известные параметры: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="476"/>
        <source>A password does not belong in settings: set db_url without it (postgresql://USER@HOST/DB); the console asks for it when it signs in and can remember it in this computer&apos;s keyring.</source>
        <translation>Паролю не место в настройках: задайте db_url без него (postgresql://USER@HOST/DB); консоль запросит пароль при входе и может запомнить его в хранилище паролей этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="477"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Введите целое число от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="478"/>
        <source>Choose light, dark or system.</source>
        <translation>Выберите light, dark или system.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="479"/>
        <source>Setting {name} must be a number, not “{value}”.</source>
        <translation>Параметр {name} должен быть числом, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="480"/>
        <source>Choose tel, sip or callto.</source>
        <translation>Выберите tel, sip или callto.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="481"/>
        <source>{why}</source>
        <translation>{why}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="482"/>
        <source>The settings file {path} cannot be read ({problem}); fix or delete it.</source>
        <translation>Не удаётся прочитать файл настроек {path} ({problem}); исправьте или удалите его.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="483"/>
        <source>“{region}” is not a country code: use two letters such as RU or TH.</source>
        <translation>«{region}» не является кодом страны: используйте две буквы, например RU или TH.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="484"/>
        <source>Database type “{kind}” is not supported: use sqlite:/// or postgresql://.</source>
        <translation>Тип базы данных «{kind}» не поддерживается: используйте sqlite:/// или postgresql://.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="485"/>
        <source>The database at {server} is at schema {schema}, this program needs {head}: run `agent-console db upgrade --db {server}` first.</source>
        <translation>База данных на {server} имеет схему {schema}, а этой программе нужна {head}: сначала выполните `agent-console db upgrade --db {server}`.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="486"/>
        <source>“{url}” is not a database URL: use sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host:5432/dbname.</source>
        <translation>«{url}» не является URL базы данных: используйте sqlite:///path/to/file.sqlite3 или postgresql+psycopg://user@host:5432/dbname.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="487"/>
        <source>The database at {server} was migrated by a newer Agent Console (schema {schema}); upgrade this program.</source>
        <translation>База данных на {server} обновлена более новой версией Agent Console (схема {schema}); обновите эту программу.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="488"/>
        <source>The server at {server} refused the user name or password: check them, or ask your console admin to reset the password.</source>
        <translation>Сервер {server} отклонил имя пользователя или пароль: проверьте их или попросите администратора консоли сбросить пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="489"/>
        <source>The secure connection (TLS) to {server} failed: {problem}. Check the TLS mode (sslmode) and the CA file.</source>
        <translation>Не удалось установить защищённое соединение (TLS) с {server}: {problem}. Проверьте режим TLS (sslmode) и файл CA.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="490"/>
        <source>Cannot reach the database at {server}: {problem}. Check that the server is running and the address is right.</source>
        <translation>Нет связи с базой данных на {server}: {problem}. Проверьте, что сервер запущен и адрес указан верно.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="491"/>
        <source>Your role does not allow this (the database refused it: {problem}). Ask a supervisor or your console admin.</source>
        <translation>Ваша роль не позволяет это сделать (база данных отказала: {problem}). Обратитесь к супервайзеру или администратору консоли.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="492"/>
        <source>Live updates lost the database: {problem}</source>
        <translation>Обновления в реальном времени потеряли связь с базой данных: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="493"/>
        <source>Live updates cannot reach the database: {problem}</source>
        <translation>Обновления в реальном времени не могут подключиться к базе данных: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="494"/>
        <source>Live updates cannot reach the database.</source>
        <translation>Обновления в реальном времени не могут подключиться к базе данных.</translation>
    </message>
</context>
</TS>
