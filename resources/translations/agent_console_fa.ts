<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="19"/>
        <source>About Agent Console</source>
        <translation>درباره‌ی Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="28"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="32"/>
        <source>Version {version}</source>
        <translation>نسخه‌ی {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="38"/>
        <source>A desktop console for contact-center agents and supervisors: customer history, callbacks, warm transfers, scripts and a live backlog.</source>
        <translation>یک کنسول رومیزی برای کارشناسان و سرپرستان مرکز تماس: سابقه‌ی مشتری، تماس‌های برگشتی، انتقال‌های هماهنگ‌شده، متن‌های آماده و نمای زنده‌ی کارهای انباشته.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="48"/>
        <source>Database: {kind} · {database}
Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>پایگاه داده: {kind}، {database}
Qt {qt}، PySide6 {pyside}، Python {python}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ui/accessibility.py" line="83"/>
        <source>Clear the text</source>
        <translation>پاک کردن متن</translation>
    </message>
</context>
<context>
    <name>AgentModel</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard_models.py" line="255"/>
        <source>Still holds %Ln overdue callback: reassign it.</source>
        <translation>
            <numerusform>هنوز %Ln تماس برگشتی معوق دارد: آن را مجدداً واگذار کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_models.py" line="257"/>
        <source>Still holds %Ln overdue callbacks: reassign them.</source>
        <translation>
            <numerusform>هنوز %Ln تماس برگشتی معوق دارد: آن‌ها را مجدداً واگذار کنید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertButton</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="315"/>
        <source>Alert: {message}</source>
        <translation>هشدار: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="316"/>
        <source>Click or press Enter to list the callbacks.</source>
        <translation>برای فهرست کردن تماس‌های برگشتی، کلیک کنید یا Enter را بزنید.</translation>
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
        <translation>برای فهرست کردن تماس‌های برگشتی هر ستون، روی آن کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="194"/>
        <source>Click a bar to list its callbacks; with the keyboard, the arrow keys move between bars and Enter lists them.</source>
        <translation>برای فهرست کردن تماس‌های برگشتی هر ستون، روی آن کلیک کنید؛ با صفحه‌کلید، کلیدهای جهت‌نما بین ستون‌ها جابه‌جا می‌شوند و Enter آن‌ها را فهرست می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="206"/>
        <source>What the bar counts</source>
        <translation>آنچه ستون می‌شمارد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="293"/>
        <source>{what}: {n}</source>
        <translation>{what}: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="307"/>
        <source>click to list them</source>
        <translation>برای فهرست کردن کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="384"/>
        <source>Enter lists them</source>
        <translation>Enter آن‌ها را فهرست می‌کند</translation>
    </message>
</context>
<context>
    <name>CallbackFormDialog</name>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="141"/>
        <source>Reschedule the callback</source>
        <translation>تغییر زمان تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="141"/>
        <source>Promise a callback</source>
        <translation>ثبت وعده‌ی تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="202"/>
        <source>Opening the customer…</source>
        <translation>در حال باز کردن مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="204"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="213"/>
        <location filename="../../ui/callback_form_dialog.py" line="1156"/>
        <location filename="../../ui/callback_form_dialog.py" line="1171"/>
        <source>Customer time</source>
        <translation>وقت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="214"/>
        <location filename="../../ui/callback_form_dialog.py" line="1151"/>
        <source>Your time</source>
        <translation>وقت شما</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="217"/>
        <source>Night warning</source>
        <translation>هشدار شب</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="228"/>
        <source>&amp;At a time (customer&apos;s time)</source>
        <translation>در زمان مشخص (به وقت مشتری)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="229"/>
        <source>As &amp;soon as possible</source>
        <translation>در اولین فرصت(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="230"/>
        <source>Their ne&amp;xt calling window</source>
        <translation>بازه‌ی مجاز بعدی تماس با او(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="238"/>
        <source>Date, in the customer&apos;s time</source>
        <translation>تاریخ، به وقت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="243"/>
        <source>Time, in the customer&apos;s time</source>
        <translation>ساعت، به وقت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="252"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="254"/>
        <source>{n} min</source>
        <translation>{n} دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="259"/>
        <source>The same time for you</source>
        <translation>همین زمان به وقت شما</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="262"/>
        <source>The customer&apos;s calling windows</source>
        <translation>بازه‌های مجاز تماس با مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="271"/>
        <source>Why this time</source>
        <translation>دلیل انتخاب این زمان</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="280"/>
        <source>Why this time cannot be promised</source>
        <translation>چرا نمی‌توان این زمان را وعده داد</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="286"/>
        <source>Use the next slot offered</source>
        <translation>استفاده از نخستین زمان پیشنهادی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="312"/>
        <source>Number to call</source>
        <translation>شماره‌ی تماس</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="315"/>
        <source>Who calls back</source>
        <translation>چه کسی تماس برگشتی را می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="318"/>
        <source>What was promised</source>
        <translation>آنچه وعده داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="319"/>
        <source>What you promised to find out or do before calling</source>
        <translation>آنچه وعده دادید پیش از تماس پیگیری یا انجام دهید</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="341"/>
        <source>Read back to the customer</source>
        <translation>برای مشتری بازخوانی کنید</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="347"/>
        <source>The promise to read back</source>
        <translation>وعده‌ای که باید بازخوانی شود</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="351"/>
        <source>&amp;Copy</source>
        <translation>رونوشت(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="353"/>
        <source>Copy the promise</source>
        <translation>رونوشت از وعده</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="354"/>
        <source>Copy the promise to the clipboard (Alt+C)</source>
        <translation>رونوشت از وعده در حافظه‌ی موقت (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="371"/>
        <source>Schedule</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="372"/>
        <source>Schedule the callback</source>
        <translation>زمان‌بندی تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="373"/>
        <location filename="../../ui/callback_form_dialog.py" line="964"/>
        <source>Schedule the callback (Ctrl+Enter)</source>
        <translation>زمان‌بندی تماس برگشتی (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="378"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="379"/>
        <source>Close without scheduling (Esc)</source>
        <translation>بستن بدون زمان‌بندی (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="400"/>
        <source>&amp;Time</source>
        <translation>ساعت(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="402"/>
        <source>Du&amp;ration</source>
        <translation>مدت(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="427"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="428"/>
        <source>&amp;Date</source>
        <translation>تاریخ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="429"/>
        <source>&amp;Phone</source>
        <translation>تلفن(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="431"/>
        <source>&amp;Owner</source>
        <translation>مسئول(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="433"/>
        <source>&amp;Note</source>
        <translation>یادداشت(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="480"/>
        <source>{caption}: {time} ({zone})</source>
        <translation>{caption}: {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="651"/>
        <source>Promise a callback to {name}</source>
        <translation>ثبت وعده‌ی تماس برگشتی به {name}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="662"/>
        <source>{number} (primary)</source>
        <translation>{number} (اصلی)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="665"/>
        <source>Me ({name})</source>
        <translation>خودم ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="668"/>
        <source>Queue: {name}</source>
        <translation>صف: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="680"/>
        <source>Your unsaved note is back.</source>
        <translation>یادداشت ذخیره‌نشده‌ی شما بازگردانده شد.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="687"/>
        <source>Customer not available</source>
        <translation>مشتری در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="793"/>
        <source>The database cannot be reached: nothing can be checked or saved now.</source>
        <translation>دسترسی به پایگاه داده ممکن نیست: اکنون هیچ چیز قابل بررسی یا ذخیره نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="819"/>
        <source>First {time}</source>
        <translation>نخست {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="820"/>
        <source>Second {time}</source>
        <translation>دوم {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="897"/>
        <source>This note could not be kept as a draft ({error}).</source>
        <translation>این یادداشت را نمی‌توان به‌صورت پیش‌نویس نگه داشت ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="967"/>
        <source>Scheduling needs the database, which cannot be reached right now. Your text is kept; the button comes back when the console has reconnected.</source>
        <translation>زمان‌بندی به پایگاه داده نیاز دارد که اکنون در دسترس نیست. متن شما نگه داشته می‌شود؛ پس از اتصال دوباره‌ی کنسول، این دکمه دوباره فعال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="995"/>
        <source>Their calling window is open now.</source>
        <translation>اکنون بازه‌ی مجاز تماس با او باز است.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="998"/>
        <source>Their calling window is closed now. Next window: {day} {time}</source>
        <translation>اکنون بازه‌ی مجاز تماس با او بسته است. بازه‌ی بعدی: {day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1022"/>
        <source>Calling windows ({zone}): {windows}</source>
        <translation>بازه‌های مجاز تماس ({zone}): {windows}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1028"/>
        <source>Pick a time the customer can be called.</source>
        <translation>زمانی را انتخاب کنید که بتوان با مشتری تماس گرفت.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1061"/>
        <source>= {day}{start}–{end} your time ({zone})</source>
        <translation>= {day}{start} تا {end} به وقت شما ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1079"/>
        <source>&amp;Use next slot: {day} {date} {time}</source>
        <translation>استفاده از زمان بعدی: {day} {date} {time}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1158"/>
        <source>unknown zone “{zone}”</source>
        <translation>منطقه‌ی زمانی ناشناخته‌ی «{zone}»</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1175"/>
        <source>It is night for the customer ({time}): they may be asleep.</source>
        <translation>اکنون برای مشتری شب است ({time}): ممکن است خواب باشد.</translation>
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
        <translation>معوق</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="40"/>
        <source>Due now</source>
        <translation>سررسید اکنون</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="41"/>
        <source>Later today</source>
        <translation>بعداً امروز</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="42"/>
        <source>Upcoming</source>
        <translation>آینده</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="43"/>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="49"/>
        <source>pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="50"/>
        <source>in progress</source>
        <translation>در حال انجام</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="51"/>
        <source>kept</source>
        <translation>عمل‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="52"/>
        <source>broken</source>
        <translation>عمل‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="53"/>
        <source>failed — needs a supervisor</source>
        <translation>ناموفق — نیازمند رسیدگی سرپرست</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="54"/>
        <source>cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="97"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="97"/>
        <source>Your time</source>
        <translation>وقت شما</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="97"/>
        <source>Their time</source>
        <translation>وقت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="99"/>
        <source>Tries</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="99"/>
        <source>Promise</source>
        <translation>وعده</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="109"/>
        <source>In progress ({agent})</source>
        <translation>در حال انجام ({agent})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="124"/>
        <source>Queue: {queue}</source>
        <translation>صف: {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="136"/>
        <source>Promised on the customer&apos;s clock: {window}</source>
        <translation>وعده‌شده به وقت مشتری: {window}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="142"/>
        <source>Moved from {agent} to the queue</source>
        <translation>از {agent} به صف منتقل شد</translation>
    </message>
</context>
<context>
    <name>CallbackReminder</name>
    <message>
        <location filename="../../ui/callback_reminder.py" line="87"/>
        <source>Callback reminder</source>
        <translation>یادآور تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="109"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="112"/>
        <source>Show all</source>
        <translation>نمایش همه</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="115"/>
        <source>Snooze…</source>
        <translation>تعویق…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="118"/>
        <source>Hide</source>
        <translation>پنهان کردن</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="120"/>
        <source>Hide until another callback falls due</source>
        <translation>پنهان تا زمانی که موعد تماس برگشتی دیگری برسد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="235"/>
        <source>While the console was closed, %Ln callback became due</source>
        <translation>
            <numerusform>در مدتی که کنسول بسته بود، موعد %Ln تماس برگشتی رسید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="237"/>
        <source>While the console was closed, %Ln callbacks became due</source>
        <translation>
            <numerusform>در مدتی که کنسول بسته بود، موعد %Ln تماس برگشتی رسید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="241"/>
        <source>%Ln callback due now</source>
        <translation>
            <numerusform>اکنون موعد %Ln تماس برگشتی است</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="243"/>
        <source>%Ln callbacks due now</source>
        <translation>
            <numerusform>اکنون موعد %Ln تماس برگشتی است</numerusform>
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
        <translation>{n} مورد از تماس‌های برگشتی شما به صف منتقل شد ({names}).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="246"/>
        <source>Overdue callback</source>
        <translation>تماس برگشتی معوق</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="248"/>
        <source>Callback due now</source>
        <translation>اکنون موعد تماس برگشتی است</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="251"/>
        <source>Callback in {m} min</source>
        <translation>تماس برگشتی تا {m} دقیقه‌ی دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="254"/>
        <source>(+{n} more, {o} overdue)</source>
        <translation>(+{n} مورد دیگر، {o} مورد معوق)</translation>
    </message>
</context>
<context>
    <name>CallbackTable</name>
    <message>
        <location filename="../../ui/callback_table.py" line="71"/>
        <source>Which callbacks</source>
        <translation>کدام تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="72"/>
        <source>My callbacks</source>
        <translation>تماس‌های برگشتی من</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="73"/>
        <source>Waiting in my queues</source>
        <translation>در انتظار در صف‌های من</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="76"/>
        <source>Callback counts</source>
        <translation>شمار تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="77"/>
        <source>Next callback (F8)</source>
        <translation>تماس برگشتی بعدی (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="79"/>
        <source>Take the next callback</source>
        <translation>دریافت تماس برگشتی بعدی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="88"/>
        <source>Callbacks</source>
        <translation>تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="155"/>
        <source>{overdue} overdue · {due} due now · {today} later today · {upcoming} ahead</source>
        <translation>{overdue} معوق، {due} سررسید اکنون، {today} بعداً امروز، {upcoming} آینده</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="159"/>
        <source>{n} waiting</source>
        <translation>{n} در انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="162"/>
        <source>(the first {n} shown)</source>
        <translation>(نمایش {n} مورد نخست)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="165"/>
        <source>No open callbacks. Promise one from a customer&apos;s card (Ctrl+B).</source>
        <translation>هیچ تماس برگشتی بازی وجود ندارد. از کارت مشتری، وعده‌ی یک تماس برگشتی را ثبت کنید (Ctrl+B).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="167"/>
        <source>Nothing is waiting in your queues.</source>
        <translation>هیچ موردی در صف‌های شما در انتظار نیست.</translation>
    </message>
</context>
<context>
    <name>CallbackWorkPanel</name>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="89"/>
        <source>Callback being worked</source>
        <translation>تماس برگشتی در حال انجام</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="112"/>
        <source>Dial</source>
        <translation>شماره‌گیری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="115"/>
        <source>Call the customer (Ctrl+D)</source>
        <translation>تماس با مشتری (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="119"/>
        <source>Outcome note</source>
        <translation>یادداشت نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="120"/>
        <source>What happened (optional)</source>
        <translation>چه اتفاقی افتاد (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="136"/>
        <source>Reschedule…</source>
        <translation>تغییر زمان…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="140"/>
        <source>The customer asked for another time (Alt+S): promise a new one</source>
        <translation>مشتری زمان دیگری خواست (Alt+S): زمان جدیدی وعده دهید</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="144"/>
        <source>Put back</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="146"/>
        <source>Leave it for later without calling</source>
        <translation>بدون تماس، برای بعد بگذارید</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="175"/>
        <location filename="../../ui/formatting.py" line="272"/>
        <source>Reached</source>
        <translation>تماس موفق</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="176"/>
        <source>No answer</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="177"/>
        <location filename="../../ui/formatting.py" line="273"/>
        <source>Busy</source>
        <translation>اشغال</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="178"/>
        <source>Voicemail left</source>
        <translation>پیام صوتی گذاشته شد</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="179"/>
        <location filename="../../ui/formatting.py" line="274"/>
        <source>Wrong number</source>
        <translation>شماره‌ی اشتباه</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="209"/>
        <source>Callback for {name} · {window}</source>
        <translation>تماس برگشتی برای {name}، {window}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="215"/>
        <source>Promised: {note}</source>
        <translation>وعده: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="218"/>
        <source>Priority {points}: {why}</source>
        <translation>اولویت {points}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="225"/>
        <source>Attempt {n} of {max}</source>
        <translation>تلاش {n} از {max}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="229"/>
        <source>the promised window has passed: call now</source>
        <translation>بازه‌ی وعده‌داده‌شده گذشته است: همین حالا تماس بگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="232"/>
        <source>Dial {number}</source>
        <translation>شماره‌گیری {number}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="305"/>
        <source>No program on this computer handles {url}: set a dial command in the settings (dial_command).</source>
        <translation>هیچ برنامه‌ای در این رایانه {url} را پشتیبانی نمی‌کند: یک فرمان شماره‌گیری در تنظیمات تعیین کنید (dial_command).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="289"/>
        <source>Rescheduled: the new promise is in your callbacks.</source>
        <translation>زمان تغییر کرد: وعده‌ی جدید در تماس‌های برگشتی شماست.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="291"/>
        <source>No luck this time. Next try {when}.</source>
        <translation>این بار موفق نشد. تلاش بعدی {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="295"/>
        <source>Callback {state}.</source>
        <translation>تماس برگشتی: {state}.</translation>
    </message>
</context>
<context>
    <name>CallerChooserDialog</name>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="36"/>
        <source>Who is calling?</source>
        <translation>چه کسی تماس می‌گیرد؟</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="37"/>
        <source>Choose the caller</source>
        <translation>انتخاب تماس‌گیرنده</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/caller_chooser_dialog.py" line="40"/>
        <source>%Ln customers have the number {number}. Who is calling?</source>
        <translation>
            <numerusform>%Ln مشتری شماره‌ی {number} را دارند. چه کسی تماس می‌گیرد؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="47"/>
        <source>Customers with this number</source>
        <translation>مشتریان دارای این شماره</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="49"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="49"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="49"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="72"/>
        <source>&amp;Open</source>
        <translation>باز کردن(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../../ui/console_session.py" line="216"/>
        <source>the console is still waiting for the database</source>
        <translation>کنسول هنوز در انتظار پایگاه داده است</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../ui/formatting.py" line="323"/>
        <source>Australia</source>
        <translation>استرالیا</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="324"/>
        <source>Austria</source>
        <translation>اتریش</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="325"/>
        <source>Belgium</source>
        <translation>بلژیک</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="326"/>
        <source>Canada</source>
        <translation>کانادا</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="327"/>
        <source>China</source>
        <translation>چین</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="328"/>
        <source>Germany</source>
        <translation>آلمان</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="329"/>
        <source>Denmark</source>
        <translation>دانمارک</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="330"/>
        <source>Estonia</source>
        <translation>استونی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="331"/>
        <source>Spain</source>
        <translation>اسپانیا</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="332"/>
        <source>Finland</source>
        <translation>فنلاند</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="333"/>
        <source>France</source>
        <translation>فرانسه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="334"/>
        <source>United Kingdom</source>
        <translation>بریتانیا</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="335"/>
        <source>Ireland</source>
        <translation>ایرلند</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="336"/>
        <source>India</source>
        <translation>هند</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="337"/>
        <source>Iran</source>
        <translation>ایران</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="338"/>
        <source>Italy</source>
        <translation>ایتالیا</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="339"/>
        <source>Japan</source>
        <translation>ژاپن</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="340"/>
        <source>Lithuania</source>
        <translation>لیتوانی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="341"/>
        <source>Latvia</source>
        <translation>لتونی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="342"/>
        <source>Mexico</source>
        <translation>مکزیک</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="343"/>
        <source>Netherlands</source>
        <translation>هلند</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="344"/>
        <source>Norway</source>
        <translation>نروژ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="345"/>
        <source>Poland</source>
        <translation>لهستان</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="346"/>
        <source>Russia</source>
        <translation>روسیه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="347"/>
        <source>Sweden</source>
        <translation>سوئد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="348"/>
        <source>Thailand</source>
        <translation>تایلند</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="349"/>
        <source>Turkey</source>
        <translation>ترکیه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="350"/>
        <source>Ukraine</source>
        <translation>اوکراین</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="351"/>
        <source>United States</source>
        <translation>ایالات متحده</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.py" line="24"/>
        <source>Agent Console — something went wrong</source>
        <translation>Agent Console — خطایی رخ داد</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="27"/>
        <source>Something went wrong inside Agent Console.</source>
        <translation>در Agent Console خطایی رخ داد.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="31"/>
        <source>This is a bug, not something you did. You can keep working; if the console behaves oddly, restart it. Please send the details below to your support team. They were also written to the log:
{log}</source>
        <translation>این یک اشکال نرم‌افزاری است، نه کاری که شما انجام داده‌اید. می‌توانید به کار ادامه دهید؛ اگر کنسول رفتار عجیبی داشت، آن را دوباره راه‌اندازی کنید. لطفاً جزئیات زیر را برای تیم پشتیبانی خود بفرستید. این جزئیات در پرونده‌ی گزارش نیز نوشته شده است:
{log}</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="42"/>
        <source>Error details</source>
        <translation>جزئیات خطا</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="49"/>
        <source>&amp;Copy details</source>
        <translation>رونوشت از جزئیات(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="70"/>
        <source>Copied</source>
        <translation>رونوشت گرفته شد</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../ui/customer_card.py" line="84"/>
        <source>Customer card</source>
        <translation>کارت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="95"/>
        <location filename="../../ui/customer_card.py" line="162"/>
        <source>Search for a customer, or take a call: their card appears here.</source>
        <translation>مشتری را جست‌وجو کنید یا تماسی را پاسخ دهید: کارت او اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="140"/>
        <source>Opening the customer…</source>
        <translation>در حال باز کردن مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="210"/>
        <source>Customer name</source>
        <translation>نام مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="229"/>
        <source>Account {account}</source>
        <translation>حساب {account}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="257"/>
        <source>Disruption: {name}</source>
        <translation>اختلال: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="265"/>
        <source>Affected by this open disruption: tell them the facts in the banner above.</source>
        <translation>تحت تأثیر این اختلال باز: اطلاعات نوار بالا را به او بگویید.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="358"/>
        <source>{label}, primary</source>
        <translation>{label}، اصلی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="367"/>
        <location filename="../../ui/customer_card.py" line="370"/>
        <source>none on file</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="369"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="372"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="380"/>
        <source>Night there</source>
        <translation>آنجا شب است</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="382"/>
        <source>It is between 21:00 and 08:00 for this customer: avoid calling now.</source>
        <translation>اکنون برای این مشتری بین ساعت ۲۱:۰۰ و ۰۸:۰۰ است: فعلاً تماس نگیرید.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="387"/>
        <source>Local time</source>
        <translation>ساعت محلی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="390"/>
        <source>Time zone</source>
        <translation>منطقه‌ی زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="393"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="396"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="410"/>
        <source>Customer since</source>
        <translation>مشتری از</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="427"/>
        <location filename="../../ui/customer_card.py" line="505"/>
        <source>by {agent}</source>
        <translation>توسط {agent}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="431"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="436"/>
        <source>%Ln contact in all</source>
        <translation>
            <numerusform>در مجموع %Ln ارتباط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="438"/>
        <source>%Ln contacts in all</source>
        <translation>
            <numerusform>در مجموع %Ln ارتباط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="478"/>
        <source>passed on %Ln time in this contact</source>
        <translation>
            <numerusform>%Ln بار در این ارتباط منتقل شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="480"/>
        <source>passed on %Ln times in this contact</source>
        <translation>
            <numerusform>%Ln بار در این ارتباط منتقل شده</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="498"/>
        <source>Last contact</source>
        <translation>آخرین ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="454"/>
        <source>queue {queue}</source>
        <translation>صف {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="455"/>
        <source>in progress</source>
        <translation>در حال انجام</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="466"/>
        <source>none open</source>
        <translation>هیچ مورد بازی نیست</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="469"/>
        <source>Open promises</source>
        <translation>وعده‌های باز</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="470"/>
        <source>Promises</source>
        <translation>وعده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="488"/>
        <source>waiting: {sender} → {target}</source>
        <translation>در انتظار: {sender} ← {target}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="495"/>
        <location filename="../../ui/customer_card.py" line="496"/>
        <source>Handovers</source>
        <translation>تحویل‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="513"/>
        <source>none given</source>
        <translation>هیچ موردی داده نشده</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="516"/>
        <source>and {n} earlier</source>
        <translation>و {n} مورد قدیمی‌تر</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="519"/>
        <source>Goodwill already given</source>
        <translation>دلجویی‌های اعطاشده</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="520"/>
        <source>Goodwill</source>
        <translation>دلجویی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="529"/>
        <source>unknown time zone</source>
        <translation>منطقه‌ی زمانی ناشناخته</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="107"/>
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="107"/>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="114"/>
        <source>Save problem</source>
        <translation>مشکل در ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="116"/>
        <source>Load their version</source>
        <translation>بارگیری نسخه‌ی ذخیره‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="119"/>
        <source>Fetch the saved customer as the new base; what you typed stays in the form</source>
        <translation>مشتری ذخیره‌شده را به‌عنوان مبنای جدید دریافت کنید؛ آنچه تایپ کرده‌اید در فرم می‌ماند</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="124"/>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="125"/>
        <location filename="../../ui/customer_edit_dialog.py" line="191"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="126"/>
        <location filename="../../ui/customer_edit_dialog.py" line="192"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="127"/>
        <source>Account or booking number</source>
        <translation>شماره‌ی حساب یا رزرو</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="129"/>
        <source>Generated when left empty</source>
        <translation>اگر خالی بماند، خودکار ساخته می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="136"/>
        <source>Phone {n}</source>
        <translation>تلفن {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="143"/>
        <source>Kind of phone {n}</source>
        <translation>نوع تلفن {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="152"/>
        <source>E-mail addresses</source>
        <translation>نشانی‌های ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="153"/>
        <source>Separate several with commas</source>
        <translation>چند نشانی را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="156"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="163"/>
        <source>Time zone</source>
        <translation>منطقه‌ی زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="170"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="137"/>
        <source>+66 81 234 5678</source>
        <translation>+66 81 234 5678</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="139"/>
        <source>With its country code (+66 81 234 5678), or national with the country set</source>
        <translation>با پیش‌شماره‌ی کشور (+66 81 234 5678)، یا به‌صورت داخلی اگر کشور تعیین شده باشد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="175"/>
        <source>Do not call (e-mail only)</source>
        <translation>تماس ممنوع (فقط ایمیل)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="177"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="178"/>
        <source>VIP, refund pending… separated by commas</source>
        <translation>VIP، در انتظار بازپرداخت… جداشده با ویرگول</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="181"/>
        <location filename="../../ui/customer_edit_dialog.py" line="201"/>
        <source>Other fields</source>
        <translation>فیلدهای دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="182"/>
        <source>One per line, e.g. departure_date: 2026-12-01</source>
        <translation>هر فیلد در یک سطر، مثلاً departure_date: 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="190"/>
        <source>&amp;Name</source>
        <translation>نام(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="193"/>
        <source>&amp;Phones</source>
        <translation>تلفن‌ها(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="194"/>
        <source>&amp;E-mail</source>
        <translation>ایمیل(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="195"/>
        <source>&amp;Country</source>
        <translation>کشور(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="196"/>
        <source>&amp;Time zone</source>
        <translation>منطقه‌ی زمانی(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="197"/>
        <source>&amp;Language</source>
        <translation>زبان(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="198"/>
        <source>&amp;Account</source>
        <translation>حساب(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="199"/>
        <source>Ta&amp;gs</source>
        <translation>برچسب‌ها(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="209"/>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="370"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="401"/>
        <source>Some fields need attention (marked below).</source>
        <translation>برخی فیلدها نیاز به بررسی دارند (در زیر مشخص شده‌اند).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="423"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="460"/>
        <source>name “{v}”</source>
        <translation>نام «{v}»</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="462"/>
        <source>tags “{v}”</source>
        <translation>برچسب‌های «{v}»</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="464"/>
        <source>time zone {v}</source>
        <translation>منطقه‌ی زمانی {v}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="466"/>
        <source>do not call: {v}</source>
        <translation>تماس ممنوع: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="467"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="467"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="468"/>
        <source>nothing you can see here differs</source>
        <translation>هیچ تفاوتی در آنچه اینجا می‌بینید وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="471"/>
        <source>Their version is now the base ({summary}). Your text is unchanged: Save to apply it on top.</source>
        <translation>اکنون نسخه‌ی ذخیره‌شده مبناست ({summary}). متن شما تغییری نکرده است: برای اعمال آن روی این نسخه، ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <location filename="../../ui/customer_search.py" line="53"/>
        <source>Customer search</source>
        <translation>جست‌وجوی مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="64"/>
        <source>Search customers</source>
        <translation>جست‌وجوی مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="65"/>
        <source>Search by phone, name, email or account (Ctrl+K)</source>
        <translation>جست‌وجو با تلفن، نام، ایمیل یا حساب (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="80"/>
        <source>Search results</source>
        <translation>نتایج جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="141"/>
        <source>Search status</source>
        <translation>وضعیت جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="203"/>
        <source>Find a customer by phone number (any format), name in any script, email or account number.

Press Ctrl+K from anywhere to come back here.</source>
        <translation>مشتری را با شماره‌ی تلفن (با هر قالبی)، نام به هر خطی، ایمیل یا شماره‌ی حساب پیدا کنید.

از هر جای برنامه Ctrl+K را بزنید تا به اینجا بازگردید.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="217"/>
        <location filename="../../ui/customer_search.py" line="225"/>
        <source>Searching…</source>
        <translation>در حال جست‌وجو…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="243"/>
        <source>No customer matches “{text}”</source>
        <translation>هیچ مشتری‌ای با «{text}» مطابقت ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="246"/>
        <source>Check the spelling, try part of the name, or type the number with its country code (+…).</source>
        <translation>املا را بررسی کنید، بخشی از نام را امتحان کنید یا شماره را با پیش‌شماره‌ی کشور (+…) وارد کنید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="253"/>
        <source>No exact match: %Ln similar name in italics</source>
        <translation>
            <numerusform>مطابقت دقیقی یافت نشد: %Ln نام مشابه با حروف ایتالیک</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="254"/>
        <source>No exact match: %Ln similar names in italics</source>
        <translation>
            <numerusform>مطابقت دقیقی یافت نشد: %Ln نام مشابه با حروف ایتالیک</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="261"/>
        <source>First {n} customers: type more to narrow down</source>
        <translation>{n} مشتری نخست: برای محدود کردن نتایج، بیشتر تایپ کنید</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="265"/>
        <source>%Ln customer</source>
        <translation>
            <numerusform>%Ln مشتری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="267"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln مشتری</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="280"/>
        <source>The search could not run.</source>
        <translation>جست‌وجو انجام نشد.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard_models.py" line="166"/>
        <source>No promise ended in the last {days} days.</source>
        <translation>در {days} روز گذشته هیچ وعده‌ای به پایان نرسیده است.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="169"/>
        <source>{kept} of {promised} promises kept in their window, last {days} days.</source>
        <translation>در {days} روز گذشته، به {kept} وعده از {promised} وعده در بازه‌ی خود عمل شد.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="172"/>
        <source>{value} — double-click or press Enter to list the callbacks.</source>
        <translation>{value} — برای فهرست کردن تماس‌های برگشتی، دوبار کلیک کنید یا Enter را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="151"/>
        <source>Due now — {name}</source>
        <translation>سررسید اکنون — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="152"/>
        <source>Overdue — {name}</source>
        <translation>معوق — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="153"/>
        <source>Kept, last {days} days — {name}</source>
        <translation>عمل‌شده، {days} روز گذشته — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="217"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="218"/>
        <source>On shift</source>
        <translation>در شیفت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="219"/>
        <source>Owned</source>
        <translation>تحت مسئولیت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="220"/>
        <location filename="../../ui/dashboard_models.py" line="296"/>
        <source>Due now</source>
        <translation>سررسید اکنون</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="221"/>
        <location filename="../../ui/dashboard_models.py" line="297"/>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="222"/>
        <location filename="../../ui/dashboard_models.py" line="298"/>
        <source>Oldest overdue</source>
        <translation>قدیمی‌ترین معوق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="223"/>
        <source>Kept % (7 days)</source>
        <translation>درصد عمل‌شده (۷ روز)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="232"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="234"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="244"/>
        <source>On shift now</source>
        <translation>اکنون در شیفت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="246"/>
        <source>Off shift now</source>
        <translation>اکنون خارج از شیفت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="249"/>
        <source>(shift {shift}, their time)</source>
        <translation>(شیفت {shift}، به وقت محلی او)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="154"/>
        <source>Open callbacks — {name}</source>
        <translation>تماس‌های برگشتی باز — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="293"/>
        <source>Queue</source>
        <translation>صف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="294"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="295"/>
        <source>Unassigned</source>
        <translation>واگذارنشده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="299"/>
        <source>Kept %</source>
        <translation>درصد عمل‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="155"/>
        <source>Unassigned — {name}</source>
        <translation>واگذارنشده — {name}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="358"/>
        <source>Supervisor dashboard</source>
        <translation>داشبورد سرپرست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="431"/>
        <source>Callback backlog</source>
        <translation>انباشت تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="433"/>
        <source>Reading the figures…</source>
        <translation>در حال خواندن آمار…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="435"/>
        <source>When the figures were read</source>
        <translation>زمان خواندن آمار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="438"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="440"/>
        <source>Refresh the dashboard</source>
        <translation>تازه‌سازی داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="441"/>
        <source>Read the figures again now (F5)</source>
        <translation>خواندن دوباره‌ی آمار هم‌اکنون (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="443"/>
        <source>Export CSV…</source>
        <translation>صدور CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="445"/>
        <source>Export the figures as CSV</source>
        <translation>صدور آمار به‌صورت CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="447"/>
        <source>Save charts as PNG…</source>
        <translation>ذخیره‌ی نمودارها به‌صورت PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="449"/>
        <source>Save the charts as a PNG image</source>
        <translation>ذخیره‌ی نمودارها به‌صورت تصویر PNG</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="464"/>
        <source>Alerts</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="473"/>
        <source>Off shift with overdue callbacks</source>
        <translation>خارج از شیفت با تماس‌های برگشتی معوق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="474"/>
        <source>⚠  Off shift with overdue callbacks:</source>
        <translation>⚠  خارج از شیفت با تماس‌های برگشتی معوق:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="494"/>
        <source>Figures</source>
        <translation>آمار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="503"/>
        <source>Open backlog by age</source>
        <translation>انباشت باز بر اساس سن</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="504"/>
        <source>Not yet overdue</source>
        <translation>هنوز معوق نشده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="504"/>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="508"/>
        <source>Due by hour, today and tomorrow</source>
        <translation>سررسید بر اساس ساعت، امروز و فردا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="509"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="509"/>
        <source>Tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="512"/>
        <source>Kept and broken promises, last 14 days</source>
        <translation>وعده‌های عمل‌شده و عمل‌نشده، ۱۴ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="513"/>
        <source>Kept</source>
        <translation>عمل‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="513"/>
        <source>Broken</source>
        <translation>عمل‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="558"/>
        <source>Double-click or Enter on a figure lists its callbacks.</source>
        <translation>با دوبار کلیک یا Enter روی هر رقم، تماس‌های برگشتی آن فهرست می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="572"/>
        <source>Agents</source>
        <translation>کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="575"/>
        <source>Queues</source>
        <translation>صف‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="710"/>
        <source>Could not refresh: {message} Showing the figures of {time}.</source>
        <translation>تازه‌سازی ممکن نشد: {message} آمار ساعت {time} نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="714"/>
        <source>Could not read the figures: {message}</source>
        <translation>خواندن آمار ممکن نشد: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="731"/>
        <source>Updated {time}</source>
        <translation>به‌روزشده در {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="781"/>
        <source>Dashboard alert: {message}</source>
        <translation>هشدار داشبورد: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="847"/>
        <source>Kept and broken, {first} – {last}</source>
        <translation>عمل‌شده و عمل‌نشده، {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="891"/>
        <source>Export the dashboard</source>
        <translation>صدور داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="892"/>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="900"/>
        <source>Save the charts</source>
        <translation>ذخیره‌ی نمودارها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="901"/>
        <source>PNG images (*.png)</source>
        <translation>تصاویر PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="916"/>
        <location filename="../../ui/dashboard_tab.py" line="918"/>
        <source>Not saved: {message}</source>
        <translation>ذخیره نشد: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="927"/>
        <source>Saved {path}</source>
        <translation>{path} ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="941"/>
        <location filename="../../ui/dashboard_tab.py" line="994"/>
        <source>The figures have not been read yet.</source>
        <translation>آمار هنوز خوانده نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="999"/>
        <source>The image could not be written to {path}.</source>
        <translation>نوشتن تصویر در {path} ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <location filename="../../ui/dashboard_text.py" line="25"/>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="26"/>
        <location filename="../../ui/dashboard_text.py" line="45"/>
        <location filename="../../ui/dashboard_text.py" line="59"/>
        <source>Due now</source>
        <translation>سررسید اکنون</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="27"/>
        <location filename="../../ui/dashboard_text.py" line="60"/>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="28"/>
        <location filename="../../ui/dashboard_text.py" line="61"/>
        <source>Due in the next hour</source>
        <translation>سررسید در یک ساعت آینده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="29"/>
        <location filename="../../ui/dashboard_text.py" line="62"/>
        <source>Unassigned in queues</source>
        <translation>واگذارنشده در صف‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="30"/>
        <source>Failed (7 days)</source>
        <translation>ناموفق (۷ روز)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="31"/>
        <source>Oldest overdue</source>
        <translation>قدیمی‌ترین معوق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="32"/>
        <location filename="../../ui/dashboard_text.py" line="66"/>
        <source>Kept today</source>
        <translation>عمل‌شده امروز</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="33"/>
        <location filename="../../ui/dashboard_text.py" line="67"/>
        <source>Broken today</source>
        <translation>عمل‌نشده امروز</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="34"/>
        <source>Kept in window today</source>
        <translation>عمل‌شده در بازه‌ی وعده، امروز</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="35"/>
        <source>Kept (7 days)</source>
        <translation>عمل‌شده (۷ روز)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="36"/>
        <source>Broken (7 days)</source>
        <translation>عمل‌نشده (۷ روز)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="37"/>
        <source>Kept in window (7 days)</source>
        <translation>عمل‌شده در بازه‌ی وعده (۷ روز)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="43"/>
        <source>Later</source>
        <translation>بعدتر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="44"/>
        <source>Next hour</source>
        <translation>ساعت آینده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="46"/>
        <source>Overdue &lt; 15 min</source>
        <translation>معوق، کمتر از ۱۵ دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="47"/>
        <source>Overdue 15–60 min</source>
        <translation>معوق ۱۵–۶۰ دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="48"/>
        <source>Overdue 1–4 h</source>
        <translation>معوق ۱–۴ ساعت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="49"/>
        <source>Overdue 4–24 h</source>
        <translation>معوق ۴–۲۴ ساعت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="50"/>
        <source>Overdue &gt; 1 day</source>
        <translation>معوق، بیش از ۱ روز</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="58"/>
        <source>Pending callbacks</source>
        <translation>تماس‌های برگشتی در انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="63"/>
        <source>Failed after the maximum of attempts, last 7 days</source>
        <translation>ناموفق پس از حداکثر تعداد تلاش، ۷ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="68"/>
        <source>Kept, last 7 days</source>
        <translation>عمل‌شده، ۷ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="69"/>
        <source>Broken, last 7 days</source>
        <translation>عمل‌نشده، ۷ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="84"/>
        <source>{m} min</source>
        <translation>{m} دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="88"/>
        <source>{h} h {m} min</source>
        <translation>{h} ساعت و {m} دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="91"/>
        <source>{h} h</source>
        <translation>{h} ساعت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="94"/>
        <source>{d} d {h} h</source>
        <translation>{d} روز و {h} ساعت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="97"/>
        <source>{d} d</source>
        <translation>{d} روز</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="132"/>
        <source>Due today {start}–{end}</source>
        <translation>سررسید امروز، {start} تا {end}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="134"/>
        <source>Due tomorrow {start}–{end}</source>
        <translation>سررسید فردا، {start} تا {end}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="138"/>
        <source>Kept on {day}</source>
        <translation>عمل‌شده در {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="140"/>
        <source>Broken on {day}</source>
        <translation>عمل‌نشده در {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="143"/>
        <source>Promises ending within {minutes} min, nobody on them</source>
        <translation>وعده‌هایی که ظرف {minutes} دقیقه به پایان می‌رسند و هیچ‌کس روی آن‌ها کار نمی‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="148"/>
        <source>Overdue, {name} (off shift)</source>
        <translation>معوق، {name} (خارج از شیفت)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="178"/>
        <source>{n} promise will break within {minutes} min with nobody on it</source>
        <translation>{n} وعده ظرف {minutes} دقیقه عمل‌نشده خواهد ماند و هیچ‌کس روی آن کار نمی‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="182"/>
        <source>{n} promises will break within {minutes} min with nobody on them</source>
        <translation>{n} وعده ظرف {minutes} دقیقه عمل‌نشده خواهند ماند و هیچ‌کس روی آن‌ها کار نمی‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="188"/>
        <source>{n} overdue (alert above {limit})</source>
        <translation>{n} معوق (هشدار برای بیش از {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="196"/>
        <source>{name} is off shift with {n} overdue callback</source>
        <translation>{name} خارج از شیفت است و {n} تماس برگشتی معوق دارد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="200"/>
        <source>{name} is off shift with {n} overdue callbacks</source>
        <translation>{name} خارج از شیفت است و {n} تماس برگشتی معوق دارد</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="276"/>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="278"/>
        <source>How many callbacks</source>
        <translation>تعداد تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="286"/>
        <source>Callbacks behind the figure</source>
        <translation>تماس‌های برگشتی پشت این رقم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="304"/>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="307"/>
        <source>Open customer</source>
        <translation>باز کردن مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="309"/>
        <source>Show the customer on the Desk (Enter)</source>
        <translation>نمایش مشتری در میز کار (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="312"/>
        <source>Reassign…</source>
        <translation>واگذاری مجدد…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="316"/>
        <source>Move the selected callbacks to an agent or a queue (Ctrl+R)</source>
        <translation>انتقال تماس‌های برگشتی انتخاب‌شده به یک کارشناس یا صف (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="320"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="372"/>
        <source>The first {shown} of {n} callbacks, in work order.</source>
        <translation>{shown} مورد نخست از {n} تماس برگشتی، به ترتیب انجام کار.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="376"/>
        <source>1 callback.</source>
        <translation>۱ تماس برگشتی.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="378"/>
        <source>{n} callbacks.</source>
        <translation>{n} تماس برگشتی.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="380"/>
        <source>Closed ones are listed for reference; only open ones move.</source>
        <translation>موارد بسته‌شده فقط برای اطلاع فهرست شده‌اند؛ تنها موارد باز منتقل می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="414"/>
        <source>Could not load the list: {message}</source>
        <translation>بارگیری فهرست ممکن نشد: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="457"/>
        <source>Select callbacks (Shift or Ctrl for several), then Reassign…</source>
        <translation>تماس‌های برگشتی را انتخاب کنید (برای چند مورد، با Shift یا Ctrl)، سپس واگذاری مجدد…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="460"/>
        <source>1 selected</source>
        <translation>۱ مورد انتخاب شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="462"/>
        <source>{n} selected</source>
        <translation>{n} مورد انتخاب شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="482"/>
        <location filename="../../ui/dashboard_drill.py" line="533"/>
        <source>Select one or more open callbacks first.</source>
        <translation>ابتدا یک یا چند تماس برگشتی باز را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="513"/>
        <source>An unexpected error occurred.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="516"/>
        <source>Could not load the agents and queues: {message} Close and try again.</source>
        <translation>بارگیری کارشناسان و صف‌ها ممکن نشد: {message} پنجره را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="553"/>
        <source>1 callback reassigned to {target}</source>
        <translation>۱ تماس برگشتی به {target} واگذار شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="554"/>
        <source>{n} callbacks reassigned to {target}</source>
        <translation>{n} تماس برگشتی به {target} واگذار شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="567"/>
        <source>Nothing was reassigned: {message}</source>
        <translation>هیچ موردی واگذار نشد: {message}</translation>
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
        <translation>امروز {time}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="120"/>
        <source>Yesterday {time}</source>
        <translation>دیروز {time}</translation>
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
        <translation>{weekday} {day} {month} {year}، {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="150"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="160"/>
        <source>{s} s</source>
        <translation>{s} ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="163"/>
        <source>{m} min {s} s</source>
        <translation>{m} دقیقه و {s} ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="167"/>
        <source>{h} h {m} min</source>
        <translation>{h} ساعت و {m} دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="206"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="207"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="208"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="209"/>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="210"/>
        <source>Transfer</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="211"/>
        <source>Callback</source>
        <translation>تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="212"/>
        <source>Disruption</source>
        <translation>اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="220"/>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="221"/>
        <source>Home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="222"/>
        <source>Work</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="223"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="232"/>
        <source>Inbound</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="233"/>
        <source>Outbound</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="234"/>
        <source>Internal</source>
        <translation>داخلی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="249"/>
        <source>Booking</source>
        <translation>رزرو</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="250"/>
        <source>Departure date</source>
        <translation>تاریخ حرکت</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="251"/>
        <source>Voyage</source>
        <translation>سفر دریایی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="252"/>
        <source>Flight</source>
        <translation>پرواز</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="276"/>
        <source>Answered</source>
        <translation>پاسخ‌داده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="277"/>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="278"/>
        <source>Placed</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="279"/>
        <source>Refunded</source>
        <translation>بازپرداخت‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="280"/>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="281"/>
        <source>Kept</source>
        <translation>عمل‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="282"/>
        <source>Broken</source>
        <translation>عمل‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="283"/>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="284"/>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="285"/>
        <source>Reassigned</source>
        <translation>مجدداً واگذارشده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="286"/>
        <source>Handed on</source>
        <translation>تحویل‌داده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="287"/>
        <source>Offered</source>
        <translation>در انتظار پذیرش</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="288"/>
        <source>Accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="289"/>
        <source>Declined</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="290"/>
        <source>Timed out</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="291"/>
        <source>Withdrawn</source>
        <translation>پس‌گرفته‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="292"/>
        <location filename="../../ui/formatting.py" line="293"/>
        <source>Became a callback</source>
        <translation>تبدیل‌شده به تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="294"/>
        <source>Affected</source>
        <translation>آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="302"/>
        <source>Accepted by {name}</source>
        <translation>پذیرفته‌شده توسط {name}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="303"/>
        <source>Declined by {name}</source>
        <translation>ردشده توسط {name}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="462"/>
        <source>Do not call</source>
        <translation>تماس ممنوع</translation>
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
        <translation>اعطای دلجویی به {name}</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="106"/>
        <source>Kind of gesture</source>
        <translation>نوع اقدام</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="112"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="113"/>
        <source>20.00 (empty for none)</source>
        <translation>۲۰.۰۰ (برای بدون مبلغ، خالی بگذارید)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="116"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="120"/>
        <source>Why it is given</source>
        <translation>دلیل اعطا</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="121"/>
        <source>What went wrong, and what this makes good</source>
        <translation>چه مشکلی پیش آمد و این اقدام چه چیزی را جبران می‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="127"/>
        <source>&amp;Kind</source>
        <translation>نوع(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="128"/>
        <source>&amp;Amount</source>
        <translation>مبلغ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="129"/>
        <source>C&amp;urrency</source>
        <translation>واحد پول(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="130"/>
        <source>&amp;Why</source>
        <translation>دلیل(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="144"/>
        <location filename="../../ui/goodwill_dialog.py" line="157"/>
        <source>Give</source>
        <translation>اعطا</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="163"/>
        <source>The amount must be a number such as 20 or 20.50.</source>
        <translation>مبلغ باید عددی مانند ۲۰ یا ۲۰.۵۰ باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="198"/>
        <source>Give another anyway</source>
        <translation>با این حال یک مورد دیگر اعطا شود</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="68"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="68"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="94"/>
        <source>Duration: {duration}</source>
        <translation>مدت: {duration}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history_view.py" line="125"/>
        <source>Contact history</source>
        <translation>سابقه‌ی ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="137"/>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="141"/>
        <source>How many contacts are shown</source>
        <translation>تعداد ارتباط‌های نمایش‌داده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="145"/>
        <source>Search in this history</source>
        <translation>جست‌وجو در این سابقه</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="146"/>
        <source>Search in this customer&apos;s history</source>
        <translation>جست‌وجو در سابقه‌ی این مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="165"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="166"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="167"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="168"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="169"/>
        <source>Transfers</source>
        <translation>انتقال‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="170"/>
        <source>Callbacks</source>
        <translation>تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="171"/>
        <source>Disruptions</source>
        <translation>اختلال‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="197"/>
        <source>Show only: {kind}</source>
        <translation>نمایش فقط: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="199"/>
        <source>Show {kind}; with no type chosen every contact shows</source>
        <translation>نمایش {kind}؛ اگر هیچ نوعی انتخاب نشود، همه‌ی ارتباط‌ها نمایش داده می‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="214"/>
        <source>Contacts with this customer, newest first</source>
        <translation>ارتباط‌ها با این مشتری، جدیدترین در ابتدا</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="278"/>
        <source>Pinned handover note</source>
        <translation>یادداشت تحویل سنجاق‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="420"/>
        <source>Loading older contacts…</source>
        <translation>در حال بارگیری ارتباط‌های قدیمی‌تر…</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="478"/>
        <source>No contacts match. Clear the search or choose other types.</source>
        <translation>هیچ ارتباطی مطابقت ندارد. جست‌وجو را پاک کنید یا نوع‌های دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="480"/>
        <source>No contacts with this customer yet.</source>
        <translation>هنوز هیچ ارتباطی با این مشتری ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="505"/>
        <source>{matching} of {total} contact</source>
        <translation>{matching} از {total} ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="507"/>
        <source>{matching} of {total} contacts</source>
        <translation>{matching} از {total} ارتباط</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history_view.py" line="512"/>
        <source>%Ln contact</source>
        <translation>
            <numerusform>%Ln ارتباط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history_view.py" line="512"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln ارتباط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="516"/>
        <source>{total} contacts · scroll down for older ones</source>
        <translation>{total} ارتباط، برای موارد قدیمی‌تر به پایین بروید</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="72"/>
        <location filename="../../ui/import_dialog.py" line="73"/>
        <source>Import customers</source>
        <translation>وارد کردن مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>Import customers from a CSV file exported by a CRM or a spreadsheet (CSV UTF-8, or Excel&apos;s Unicode text). The first line must name the columns. Every row is checked first: if one row has a problem, nothing is imported and every problem is listed.</source>
        <translation>مشتریان را از یک پرونده‌ی CSV که از CRM یا صفحه‌گسترده صادر شده است وارد کنید (CSV UTF-8 یا متن یونیکد Excel). سطر نخست باید نام ستون‌ها را داشته باشد. ابتدا همه‌ی سطرها بررسی می‌شوند: اگر حتی یک سطر مشکل داشته باشد، هیچ چیز وارد نمی‌شود و همه‌ی مشکلات فهرست می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="94"/>
        <source>File to import</source>
        <translation>پرونده‌ی ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95"/>
        <source>Choose a .csv or .txt file</source>
        <translation>یک پرونده با پسوند csv یا txt انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="97"/>
        <source>&amp;Browse…</source>
        <translation>مرور(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="99"/>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>Choose the file to import</source>
        <translation>انتخاب پرونده برای وارد کردن</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="108"/>
        <source>Region for national phone numbers</source>
        <translation>منطقه برای شماره‌تلفن‌های داخلی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="109"/>
        <source>e.g. TH</source>
        <translation>مثلاً TH</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="114"/>
        <source>&amp;File:</source>
        <translation>پرونده(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>&amp;Region:</source>
        <translation>منطقه(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="120"/>
        <source>Reads national phone numbers in rows that have no country</source>
        <translation>شماره‌تلفن‌های داخلی را در سطرهایی که کشور ندارند تفسیر می‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="126"/>
        <source>About the file</source>
        <translation>درباره‌ی پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="131"/>
        <source>Columns and where they go</source>
        <translation>ستون‌ها و مقصد آن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="139"/>
        <source>Import progress</source>
        <translation>پیشرفت ورود</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>Import result</source>
        <translation>نتیجه‌ی ورود</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="153"/>
        <source>Rows that were rejected</source>
        <translation>سطرهای ردشده</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="167"/>
        <source>&amp;Import</source>
        <translation>وارد کردن(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="170"/>
        <source>Import the customers</source>
        <translation>وارد کردن مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="199"/>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>پرونده‌های CSV یا متنی (*.csv *.txt *.tsv);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="219"/>
        <source>Reading the columns…</source>
        <translation>در حال خواندن ستون‌ها…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>commas</source>
        <translation>ویرگول</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>semicolons</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>tabs</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="233"/>
        <source>{encoding} text, columns separated by {delimiter}. Choose where each column goes:</source>
        <translation>متن {encoding}، ستون‌ها جداشده با {delimiter}. مقصد هر ستون را انتخاب کنید:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="254"/>
        <source>Account or booking number</source>
        <translation>شماره‌ی حساب یا رزرو</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="255"/>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="256"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="257"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="258"/>
        <source>Phone numbers</source>
        <translation>شماره‌تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="259"/>
        <source>E-mail addresses</source>
        <translation>نشانی‌های ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="260"/>
        <source>Time zone</source>
        <translation>منطقه‌ی زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="261"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="262"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="263"/>
        <source>Do not call</source>
        <translation>تماس ممنوع</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="264"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="265"/>
        <source>Custom field</source>
        <translation>فیلد سفارشی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="266"/>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="278"/>
        <source>Column in the file</source>
        <translation>ستون در پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="279"/>
        <source>First value</source>
        <translation>نخستین مقدار</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="280"/>
        <source>Import as</source>
        <translation>وارد کردن به‌عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="286"/>
        <source>(column {number}, no name)</source>
        <translation>(ستون {number}، بی‌نام)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="294"/>
        <source>Import column “{name}” as</source>
        <translation>وارد کردن ستون «{name}» به‌عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="337"/>
        <location filename="../../ui/import_dialog.py" line="356"/>
        <source>Checking and importing the customers…</source>
        <translation>در حال بررسی و وارد کردن مشتریان…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="363"/>
        <source>Imported %Ln customer.</source>
        <translation>
            <numerusform>%Ln مشتری وارد شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="365"/>
        <source>Imported %Ln customers.</source>
        <translation>
            <numerusform>%Ln مشتری وارد شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="373"/>
        <source>%Ln problem</source>
        <translation>
            <numerusform>%Ln مشکل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="375"/>
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln مشکل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="378"/>
        <source>%Ln line</source>
        <translation>
            <numerusform>%Ln سطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="380"/>
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln سطر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="384"/>
        <source>Nothing was imported: {problems} on {lines}. Fix them in the file and import it again.</source>
        <translation>هیچ چیز وارد نشد: {problems} در {lines}. آن‌ها را در پرونده اصلاح کنید و دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="397"/>
        <source>Nothing was imported.</source>
        <translation>هیچ چیز وارد نشد.</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <location filename="../../ui/incident_banner.py" line="227"/>
        <location filename="../../ui/incident_banner.py" line="375"/>
        <source>Disruption</source>
        <translation>اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="389"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="308"/>
        <source>New disruption: {name}. {facts}</source>
        <translation>اختلال جدید: {name}. {facts}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="391"/>
        <source>Facts updated</source>
        <translation>اطلاعات به‌روز شد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="319"/>
        <source>Facts updated for {name}: {facts}</source>
        <translation>اطلاعات {name} به‌روز شد: {facts}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="342"/>
        <source>Updated {when} by {who}</source>
        <translation>به‌روزشده در {when} توسط {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="343"/>
        <source>Updated {when}</source>
        <translation>به‌روزشده در {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="377"/>
        <source>{n} disruptions</source>
        <translation>{n} اختلال</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="137"/>
        <location filename="../../ui/incident_dialog.py" line="138"/>
        <source>Disruptions</source>
        <translation>اختلال‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="221"/>
        <source>&amp;Open and recent</source>
        <translation>باز و اخیر(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="225"/>
        <source>Open and recent disruptions</source>
        <translation>اختلال‌های باز و اخیر</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="232"/>
        <source>No disruption is open or was closed lately. Declare one with New disruption… when an event hits many customers at once.</source>
        <translation>هیچ اختلالی باز نیست و اخیراً هم اختلالی بسته نشده است. وقتی رویدادی هم‌زمان بر مشتریان زیادی اثر می‌گذارد، آن را با «اختلال جدید…» اعلام کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="242"/>
        <source>&amp;New disruption…</source>
        <translation>اختلال جدید(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="242"/>
        <source>Declare a new disruption</source>
        <translation>اعلام اختلال جدید</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="271"/>
        <source>Close this window</source>
        <translation>بستن این پنجره</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="284"/>
        <source>Declare a disruption</source>
        <translation>اعلام اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="288"/>
        <source>Every console shows its name and facts in a banner as soon as you declare it. You can edit the facts later; every edit is kept.</source>
        <translation>به‌محض اعلام، همه‌ی کنسول‌ها نام و اطلاعات آن را در یک نوار نمایش می‌دهند. بعداً می‌توانید اطلاعات را ویرایش کنید؛ همه‌ی ویرایش‌ها نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="297"/>
        <source>Name of the disruption</source>
        <translation>نام اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="298"/>
        <source>Such as “AUR-1127 fire on board”</source>
        <translation>مانند «آتش‌سوزی در پرواز AUR-1127»</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="301"/>
        <source>Facts agents may tell customers</source>
        <translation>اطلاعاتی که کارشناسان می‌توانند به مشتریان بگویند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="302"/>
        <source>What agents may tell customers now</source>
        <translation>آنچه کارشناسان اکنون می‌توانند به مشتریان بگویند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="305"/>
        <location filename="../../ui/incident_dialog.py" line="368"/>
        <source>Standards communicated</source>
        <translation>تعهدات اعلام‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="306"/>
        <source>Such as “Refunds are processed within 5 business days”</source>
        <translation>مانند «بازپرداخت‌ها ظرف ۵ روز کاری انجام می‌شوند»</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="310"/>
        <source>Queue that makes the callbacks</source>
        <translation>صفی که تماس‌های برگشتی را انجام می‌دهد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="311"/>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="316"/>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="318"/>
        <source>&amp;Declare</source>
        <translation>اعلام(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="318"/>
        <source>Declare the disruption</source>
        <translation>اعلام اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="319"/>
        <source>Declare it: every console shows the banner (Ctrl+Enter)</source>
        <translation>اعلام کنید: همه‌ی کنسول‌ها نوار را نمایش می‌دهند (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="328"/>
        <source>Na&amp;me</source>
        <translation>نام(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="330"/>
        <source>&amp;Facts</source>
        <translation>اطلاعات(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="332"/>
        <source>&amp;Standards</source>
        <translation>تعهدات(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="334"/>
        <source>&amp;Queue</source>
        <translation>صف(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="359"/>
        <source>About this disruption</source>
        <translation>درباره‌ی این اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="363"/>
        <source>What agents tell customers</source>
        <translation>آنچه کارشناسان به مشتریان می‌گویند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="365"/>
        <source>Current facts</source>
        <translation>اطلاعات کنونی</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="365"/>
        <source>The facts</source>
        <translation>اطلاعات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="369"/>
        <source>The standards communicated</source>
        <translation>تعهدات اعلام‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="375"/>
        <source>Facts result</source>
        <translation>نتیجه‌ی اطلاعات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="377"/>
        <source>&amp;Publish new facts</source>
        <translation>انتشار اطلاعات جدید(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="378"/>
        <source>Publish the new facts to every console</source>
        <translation>انتشار اطلاعات جدید در همه‌ی کنسول‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="379"/>
        <source>Every console&apos;s banner shows them at once (Ctrl+Enter)</source>
        <translation>نوار همه‌ی کنسول‌ها بی‌درنگ آن‌ها را نمایش می‌دهد (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="384"/>
        <source>Every edit of the facts, newest first</source>
        <translation>همه‌ی ویرایش‌های اطلاعات، جدیدترین در ابتدا</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="394"/>
        <source>F&amp;acts</source>
        <translation>اطلاعات(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="398"/>
        <source>S&amp;tandards</source>
        <translation>تعهدات(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="404"/>
        <source>&amp;History of the facts</source>
        <translation>سابقه‌ی اطلاعات(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="414"/>
        <source>Who is affected</source>
        <translation>چه کسانی تحت تأثیرند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="417"/>
        <source>Customer field</source>
        <translation>فیلد مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="421"/>
        <source>Value of the field</source>
        <translation>مقدار فیلد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="425"/>
        <source>Add &amp;matching customers</source>
        <translation>افزودن مشتریان منطبق(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="426"/>
        <source>Add every customer whose field has this value</source>
        <translation>افزودن همه‌ی مشتریانی که این فیلدشان این مقدار را دارد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="435"/>
        <source>Fi&amp;eld</source>
        <translation>فیلد(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="442"/>
        <source>Account or booking numbers</source>
        <translation>شماره‌های حساب یا رزرو</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="443"/>
        <source>One account or booking number per line, or paste a CSV export</source>
        <translation>در هر سطر یک شماره‌ی حساب یا رزرو، یا یک خروجی CSV را جای‌گذاری کنید</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="446"/>
        <source>Read a CSV &amp;file…</source>
        <translation>خواندن پرونده‌ی CSV(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="447"/>
        <source>Read the list from a CSV file</source>
        <translation>خواندن فهرست از پرونده‌ی CSV</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="451"/>
        <source>Add the &amp;list</source>
        <translation>افزودن فهرست(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="452"/>
        <source>Add the customers listed (all or nothing)</source>
        <translation>افزودن مشتریان فهرست‌شده (همه یا هیچ)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="460"/>
        <source>What adding customers did</source>
        <translation>نتیجه‌ی افزودن مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="464"/>
        <source>Lines that cannot be used</source>
        <translation>سطرهای غیرقابل‌استفاده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="468"/>
        <source>Or a list (a&amp;ll or nothing):</source>
        <translation>یا یک فهرست (همه یا هیچ)(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="480"/>
        <source>Proactive callbacks</source>
        <translation>تماس‌های برگشتی پیش‌دستانه</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="483"/>
        <source>Promise a callback to every affected customer who has none open: the most urgent first, each in their calling window, spread over the queue&apos;s agents. Running it again creates none for those who already have one.</source>
        <translation>به هر مشتری آسیب‌دیده‌ای که تماس برگشتی بازی ندارد، وعده‌ی تماس برگشتی بدهید: فوری‌ترین‌ها در ابتدا، هر کدام در بازه‌ی مجاز تماس خود و پخش‌شده میان کارشناسان صف. اجرای دوباره برای کسانی که از قبل یک تماس برگشتی دارند، مورد جدیدی نمی‌سازد.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="492"/>
        <source>&amp;Call every affected customer</source>
        <translation>تماس با همه‌ی مشتریان آسیب‌دیده(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="493"/>
        <source>Create a callback for every affected customer who has none open</source>
        <translation>ایجاد یک تماس برگشتی برای هر مشتری آسیب‌دیده‌ای که تماس برگشتی باز ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="498"/>
        <source>Creating the callbacks</source>
        <translation>در حال ایجاد تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="502"/>
        <source>What calling every affected customer did</source>
        <translation>نتیجه‌ی تماس با همه‌ی مشتریان آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="514"/>
        <source>Cl&amp;ose disruption…</source>
        <translation>بستن اختلال(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="515"/>
        <source>Close the disruption (asks first)</source>
        <translation>بستن اختلال (ابتدا تأیید می‌خواهد)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="516"/>
        <source>Removes the banner; callbacks stay, and each customer&apos;s history keeps it</source>
        <translation>نوار را حذف می‌کند؛ تماس‌های برگشتی می‌مانند و سابقه‌ی هر مشتری آن را نگه می‌دارد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="519"/>
        <source>Close result</source>
        <translation>نتیجه‌ی بستن</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="593"/>
        <location filename="../../ui/incident_dialog.py" line="651"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="593"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="594"/>
        <source>{n} affected</source>
        <translation>{n} آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="651"/>
        <source>Closed {when}</source>
        <translation>بسته‌شده در {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="655"/>
        <source>declared {when} by {who}</source>
        <translation>اعلام‌شده در {when} توسط {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="657"/>
        <location filename="../../ui/incident_dialog.py" line="676"/>
        <source>someone</source>
        <translation>شخصی</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="659"/>
        <source>callbacks by queue {queue}</source>
        <translation>تماس‌های برگشتی توسط صف {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="660"/>
        <source>no queue for callbacks</source>
        <translation>بدون صف برای تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="661"/>
        <source>{n} customers affected</source>
        <translation>{n} مشتری آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="674"/>
        <source>{when} · {who}</source>
        <translation>{when}، {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="679"/>
        <source>(current)</source>
        <translation>(کنونی)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="682"/>
        <source>Standards: {text}</source>
        <translation>تعهدات: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="736"/>
        <source>Choose… (none: no proactive callbacks)</source>
        <translation>انتخاب کنید… (هیچ: بدون تماس برگشتی پیش‌دستانه)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="813"/>
        <source>Published at {time}: every console shows the new facts.</source>
        <translation>در {time} منتشر شد: همه‌ی کنسول‌ها اطلاعات جدید را نمایش می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="840"/>
        <source>Choose the list of affected customers</source>
        <translation>انتخاب فهرست مشتریان آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="841"/>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>پرونده‌های CSV یا متنی (*.csv *.txt);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="864"/>
        <source>Read %Ln line from {file}: check it, then Add the list.</source>
        <translation>
            <numerusform>%Ln سطر از {file} خوانده شد: آن را بررسی کنید، سپس «افزودن فهرست» را بزنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="867"/>
        <source>Read %Ln lines from {file}: check them, then Add the list.</source>
        <translation>
            <numerusform>%Ln سطر از {file} خوانده شد: آن‌ها را بررسی کنید، سپس «افزودن فهرست» را بزنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="901"/>
        <source>Added %Ln customer; {already} were already affected.</source>
        <translation>
            <numerusform>%Ln مشتری افزوده شد؛ {already} مشتری از قبل آسیب‌دیده بودند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="903"/>
        <source>Added %Ln customers; {already} were already affected.</source>
        <translation>
            <numerusform>%Ln مشتری افزوده شد؛ {already} مشتری از قبل آسیب‌دیده بودند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="917"/>
        <source>Nothing was added: %Ln line cannot be used. Correct it and add again.</source>
        <translation>
            <numerusform>هیچ موردی افزوده نشد: %Ln سطر قابل‌استفاده نیست. آن را اصلاح کنید و دوباره بیفزایید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="920"/>
        <source>Nothing was added: %Ln lines cannot be used. Correct them and add again.</source>
        <translation>
            <numerusform>هیچ موردی افزوده نشد: %Ln سطر قابل‌استفاده نیستند. آن‌ها را اصلاح کنید و دوباره بیفزایید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="987"/>
        <source>Created %Ln callback: due {first} (your time).</source>
        <translation>
            <numerusform>%Ln تماس برگشتی ایجاد شد: موعد آن {first} است (به وقت شما).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="990"/>
        <source>Created %Ln callbacks: the first due {first}, the last {last} (your time).</source>
        <translation>
            <numerusform>%Ln تماس برگشتی ایجاد شد: موعد نخستین {first} و موعد آخرین {last} است (به وقت شما).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="1000"/>
        <source>Created %Ln callback.</source>
        <translation>
            <numerusform>%Ln تماس برگشتی ایجاد شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="1002"/>
        <source>Created %Ln callbacks.</source>
        <translation>
            <numerusform>%Ln تماس برگشتی ایجاد شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="924"/>
        <source>Nothing was added: {problem}.</source>
        <translation>هیچ موردی افزوده نشد: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="944"/>
        <source>Starting…</source>
        <translation>در حال شروع…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="963"/>
        <source>Saving</source>
        <translation>در حال ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="963"/>
        <source>Planning</source>
        <translation>در حال برنامه‌ریزی</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="965"/>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} از {total}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="975"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1005"/>
        <source>Created no new callback.</source>
        <translation>هیچ تماس برگشتی جدیدی ایجاد نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1007"/>
        <source>Already had one open: {had} · Do not call: {dnc} · No phone number: {phone} · No calling window: {window}</source>
        <translation>از قبل یک مورد باز داشتند: {had}، تماس ممنوع: {dnc}، بدون شماره‌تلفن: {phone}، بدون بازه‌ی مجاز تماس: {window}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1013"/>
        <source>Took {s} s.</source>
        <translation>{s} ثانیه طول کشید.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1027"/>
        <source>Close the disruption</source>
        <translation>بستن اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1028"/>
        <source>Close “{name}”?</source>
        <translation>«{name}» بسته شود؟</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1031"/>
        <source>The banner disappears from every console. The callbacks already made stay and are worked as promised; each customer&apos;s history keeps the disruption.</source>
        <translation>نوار از همه‌ی کنسول‌ها حذف می‌شود. تماس‌های برگشتی ایجادشده باقی می‌مانند و طبق وعده انجام می‌شوند؛ سابقه‌ی هر مشتری این اختلال را نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1035"/>
        <source>Close disruption</source>
        <translation>بستن اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1037"/>
        <source>Keep it open</source>
        <translation>باز بماند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1061"/>
        <source>Closed. The banner is gone; its callbacks stay.</source>
        <translation>بسته شد. نوار حذف شد؛ تماس‌های برگشتی آن باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1094"/>
        <source>The database cannot be reached: nothing was saved. Try again.</source>
        <translation>دسترسی به پایگاه داده ممکن نیست: هیچ چیز ذخیره نشد. دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1219"/>
        <location filename="../../ui/incident_dialog.py" line="1228"/>
        <source>Disruptions</source>
        <translation>اختلال‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1233"/>
        <source>Disruptions and their callbacks</source>
        <translation>اختلال‌ها و تماس‌های برگشتی آن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1249"/>
        <source>Click a disruption (or Enter) to list its callbacks.</source>
        <translation>برای فهرست کردن تماس‌های برگشتی یک اختلال، روی آن کلیک کنید (یا Enter را بزنید).</translation>
    </message>
</context>
<context>
    <name>IncidentRow</name>
    <message>
        <location filename="../../ui/incident_banner.py" line="117"/>
        <source>Facts updated</source>
        <translation>اطلاعات به‌روز شد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="123"/>
        <source>When and by whom the facts were updated</source>
        <translation>زمان و شخص به‌روزکننده‌ی اطلاعات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="127"/>
        <source>What to tell customers</source>
        <translation>آنچه باید به مشتریان گفت</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="137"/>
        <source>Our standards</source>
        <translation>تعهدات ما</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="176"/>
        <source>Disruption: {name}</source>
        <translation>اختلال: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="180"/>
        <source>Our standards: {standards}</source>
        <translation>تعهدات ما: {standards}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="214"/>
        <source>Facts: {facts}</source>
        <translation>اطلاعات: {facts}</translation>
    </message>
</context>
<context>
    <name>IncidentStatsModel</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1140"/>
        <source>Disruption</source>
        <translation>اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1140"/>
        <source>Affected</source>
        <translation>آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1140"/>
        <source>Reached</source>
        <translation>تماس موفق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1141"/>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1141"/>
        <source>Broken
promises</source>
        <translation>وعده‌های
عمل‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1141"/>
        <source>No promise
yet</source>
        <translation>هنوز
بدون وعده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1142"/>
        <source>Average wait to
first contact</source>
        <translation>میانگین انتظار تا
نخستین ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1148"/>
        <source>The disruption (closed ones stay for 30 days)</source>
        <translation>اختلال (موارد بسته‌شده ۳۰ روز باقی می‌مانند)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1149"/>
        <source>Customers affected</source>
        <translation>مشتریان آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1150"/>
        <source>Customers reached on one of its callbacks (kept or broken)</source>
        <translation>مشتریانی که در یکی از تماس‌های برگشتی آن با آن‌ها ارتباط برقرار شد (عمل‌شده یا عمل‌نشده)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1151"/>
        <source>Its callbacks still to make</source>
        <translation>تماس‌های برگشتی باقی‌مانده‌ی آن</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1152"/>
        <source>Its promises broken or failed, and those overdue now</source>
        <translation>وعده‌های عمل‌نشده یا ناموفق آن، و موارد اکنون معوق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1153"/>
        <source>Affected customers with no callback for it and none open</source>
        <translation>مشتریان آسیب‌دیده‌ای که برای آن تماس برگشتی ندارند و هیچ مورد بازی هم ندارند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1154"/>
        <source>From the declaration to reaching the customer, on average</source>
        <translation>میانگین زمان از اعلام تا برقراری ارتباط با مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1162"/>
        <source>{name} (closed)</source>
        <translation>{name} (بسته)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1174"/>
        <source>Nobody reached yet</source>
        <translation>هنوز با کسی ارتباط برقرار نشده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="156"/>
        <source>Callbacks for the disruption “{name}”</source>
        <translation>تماس‌های برگشتی اختلال «{name}»</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../ui/formatting.py" line="357"/>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="358"/>
        <source>Danish</source>
        <translation>دانمارکی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="359"/>
        <source>German</source>
        <translation>آلمانی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="360"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="361"/>
        <source>Spanish</source>
        <translation>اسپانیایی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="362"/>
        <source>Estonian</source>
        <translation>استونیایی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="363"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="364"/>
        <source>Finnish</source>
        <translation>فنلاندی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="365"/>
        <source>French</source>
        <translation>فرانسوی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="366"/>
        <source>Italian</source>
        <translation>ایتالیایی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="367"/>
        <source>Japanese</source>
        <translation>ژاپنی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="368"/>
        <source>Lithuanian</source>
        <translation>لیتوانیایی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="369"/>
        <source>Latvian</source>
        <translation>لتونیایی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="370"/>
        <source>Dutch</source>
        <translation>هلندی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="371"/>
        <source>Norwegian</source>
        <translation>نروژی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="372"/>
        <source>Polish</source>
        <translation>لهستانی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="373"/>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="374"/>
        <source>Swedish</source>
        <translation>سوئدی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="375"/>
        <source>Thai</source>
        <translation>تایلندی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="376"/>
        <source>Turkish</source>
        <translation>ترکی استانبولی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="377"/>
        <source>Ukrainian</source>
        <translation>اوکراینی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="378"/>
        <source>Chinese</source>
        <translation>چینی</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="62"/>
        <source>Sign in to the team&apos;s server</source>
        <translation>ورود به سرور تیم</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="63"/>
        <location filename="../../ui/login_dialog.py" line="107"/>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="67"/>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="71"/>
        <source>Port</source>
        <translation>پورت</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="72"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="73"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="74"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="79"/>
        <source>TLS mode</source>
        <translation>حالت TLS</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="80"/>
        <source>CA file</source>
        <translation>پرونده‌ی CA</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="81"/>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="86"/>
        <source>Remember me (in this computer&apos;s keyring)</source>
        <translation>مرا به خاطر بسپار (در دسته‌کلید این رایانه)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="99"/>
        <source>&amp;Server:</source>
        <translation>سرور(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="100"/>
        <source>P&amp;ort:</source>
        <translation>پورت(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="101"/>
        <source>&amp;Database:</source>
        <translation>پایگاه داده(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="102"/>
        <source>&amp;User:</source>
        <translation>کاربر(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="103"/>
        <source>&amp;Password:</source>
        <translation>گذرواژه(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="104"/>
        <source>&amp;TLS mode:</source>
        <translation>حالت TLS(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="105"/>
        <source>&amp;CA file:</source>
        <translation>پرونده‌ی CA(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="129"/>
        <source>The CA certificate</source>
        <translation>گواهی CA</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="129"/>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation>گواهی‌ها (*.pem *.crt);;همه (*)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="139"/>
        <source>This computer has no password store (keyring), so the password cannot be remembered: you will type it each time.</source>
        <translation>این رایانه محل ذخیره‌ی گذرواژه (دسته‌کلید) ندارد، بنابراین گذرواژه را نمی‌توان به خاطر سپرد: هر بار باید آن را وارد کنید.</translation>
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
        <translation>مشتریان و تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <location filename="../../ui/main_window.py" line="853"/>
        <source>Callbacks</source>
        <translation>تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Find a customer</source>
        <translation>یافتن مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Offline</source>
        <translation>آفلاین</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Desk and dashboard</source>
        <translation>میز کار و داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Desk</source>
        <translation>میز کار</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Connection status</source>
        <translation>وضعیت اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>&amp;Settings…</source>
        <translation>تنظیمات(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>&amp;Import customers…</source>
        <translation>وارد کردن مشتریان(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>&amp;Find customer…</source>
        <translation>یافتن مشتری(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&amp;Refresh</source>
        <translation>تازه‌سازی(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Add &amp;note</source>
        <translation>افزودن یادداشت(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>&amp;Edit customer…</source>
        <translation>ویرایش مشتری(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Ne&amp;w customer…</source>
        <translation>مشتری جدید(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Give &amp;goodwill…</source>
        <translation>اعطای دلجویی(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Schedule &amp;callback…</source>
        <translation>زمان‌بندی تماس برگشتی(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>&amp;My callbacks</source>
        <translation>تماس‌های برگشتی من(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>&amp;Next callback</source>
        <translation>تماس برگشتی بعدی(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>&amp;Export my callbacks to a calendar…</source>
        <translation>صدور تماس‌های برگشتی من به تقویم(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>Warm &amp;transfer…</source>
        <translation>انتقال هماهنگ‌شده(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>&amp;About Agent Console</source>
        <translation>درباره‌ی Agent Console(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>&amp;File</source>
        <translation>پرونده(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;Customer</source>
        <translation>مشتری(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>C&amp;allbacks</source>
        <translation>تماس‌های برگشتی(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>&amp;Desk</source>
        <translation>میز کار(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>D&amp;ashboard</source>
        <translation>داشبورد(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>&amp;View</source>
        <translation>نما(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>&amp;Declare or manage…</source>
        <translation>اعلام یا مدیریت(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>Disrupt&amp;ion</source>
        <translation>اختلال(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>&amp;Help</source>
        <translation>راهنما(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>&amp;Language</source>
        <translation>زبان(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>System language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>The language could not be saved in {path}: {error}</source>
        <translation>ذخیره‌ی زبان در {path} ممکن نشد: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>the system language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>Agent Console will be in {language} the next time it starts.</source>
        <translation>زبان Agent Console از اجرای بعدی، {language} خواهد بود.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>It cannot change now: {reason}.</source>
        <translation>اکنون امکان تغییر آن نیست: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>This computer sets AGENT_CONSOLE_LANGUAGE, which still wins over this choice.</source>
        <translation>این رایانه AGENT_CONSOLE_LANGUAGE را تنظیم کرده است که همچنان بر این انتخاب اولویت دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532"/>
        <source>The console is now in {language}.</source>
        <translation>زبان کنسول اکنون {language} است.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>the database cannot be reached right now</source>
        <translation>اکنون دسترسی به پایگاه داده ممکن نیست</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="552"/>
        <source>a note is waiting to be saved</source>
        <translation>یک یادداشت در انتظار ذخیره است</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>close “{window}” first</source>
        <translation>ابتدا «{window}» را ببندید</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="771"/>
        <location filename="../../ui/main_window.py" line="787"/>
        <location filename="../../ui/main_window.py" line="938"/>
        <source>Open a customer first.</source>
        <translation>ابتدا یک مشتری را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="121"/>
        <source>Handover accepted {time}</source>
        <translation>تحویل در {time} پذیرفته شد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="821"/>
        <source>Nothing is due right now: no callback to take.</source>
        <translation>اکنون موعد هیچ تماس برگشتی نرسیده است: موردی برای دریافت نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="853"/>
        <source>Callbacks ({n})</source>
        <translation>تماس‌های برگشتی ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="861"/>
        <source>Export my callbacks</source>
        <translation>صدور تماس‌های برگشتی من</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="862"/>
        <source>Calendar files (*.ics)</source>
        <translation>پرونده‌های تقویم (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="930"/>
        <source>Open a customer first, then edit it.</source>
        <translation>ابتدا یک مشتری را باز کنید، سپس آن را ویرایش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="998"/>
        <source>&amp;Unsaved notes ({n})</source>
        <translation>یادداشت‌های ذخیره‌نشده ({n})(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1048"/>
        <source>Move from the search box into the results</source>
        <translation>رفتن از کادر جست‌وجو به نتایج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1048"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1049"/>
        <source>Open the selected customer</source>
        <translation>باز کردن مشتری انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1049"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1050"/>
        <source>Back to the search box</source>
        <translation>بازگشت به کادر جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1050"/>
        <source>Up on the first result, or Esc</source>
        <translation>Up روی نخستین نتیجه، یا Esc</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1051"/>
        <source>Clear the search</source>
        <translation>پاک کردن جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1051"/>
        <source>Esc in the search box</source>
        <translation>Esc در کادر جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1052"/>
        <source>Next or previous field in a form</source>
        <translation>فیلد بعدی یا قبلی در یک فرم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1052"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1053"/>
        <source>Open a menu</source>
        <translation>باز کردن یک منو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1053"/>
        <source>Alt + the underlined letter</source>
        <translation>Alt + حرف زیرخط‌دار</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1087"/>
        <source>agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1088"/>
        <source>supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1089"/>
        <source>admin</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1098"/>
        <source>team</source>
        <translation>تیمی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1098"/>
        <source>single-user</source>
        <translation>تک‌کاربره</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1100"/>
        <source>Connected · {mode} · {database} · {user}</source>
        <translation>متصل، {mode}، {database}، {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1136"/>
        <source>Needs the database, which cannot be reached right now. The console reconnects by itself; what you type is kept.</source>
        <translation>به پایگاه داده نیاز دارد که اکنون در دسترس نیست. کنسول خودش دوباره متصل می‌شود؛ آنچه تایپ می‌کنید نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1153"/>
        <source>Connected again: notes waiting to be saved are saved now.</source>
        <translation>دوباره متصل شد: یادداشت‌هایی که در انتظار ذخیره بودند، اکنون ذخیره می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1106"/>
        <source>Offline · reconnecting… · {user}</source>
        <translation>آفلاین، در حال اتصال دوباره…، {user}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="888"/>
        <source>%Ln callback exported to {path}.</source>
        <translation>
            <numerusform>%Ln تماس برگشتی به {path} صادر شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="890"/>
        <source>%Ln callbacks exported to {path}.</source>
        <translation>
            <numerusform>%Ln تماس برگشتی به {path} صادر شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1010"/>
        <source>%Ln unsaved note from last time: Customer ▸ Unsaved notes.</source>
        <translation>
            <numerusform>%Ln یادداشت ذخیره‌نشده از دفعه‌ی پیش: مشتری › یادداشت‌های ذخیره‌نشده.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1013"/>
        <source>%Ln unsaved notes from last time: Customer ▸ Unsaved notes.</source>
        <translation>
            <numerusform>%Ln یادداشت ذخیره‌نشده از دفعه‌ی پیش: مشتری › یادداشت‌های ذخیره‌نشده.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1110"/>
        <source>Offline: {message}
What is on screen may be out of date. The console keeps trying to reconnect; press F5 to try now.</source>
        <translation>آفلاین: {message}
ممکن است آنچه روی صفحه است به‌روز نباشد. کنسول پیوسته برای اتصال دوباره تلاش می‌کند؛ برای تلاش فوری F5 را بزنید.</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../../ui/note_composer.py" line="96"/>
        <source>Add a note or log a call</source>
        <translation>افزودن یادداشت یا ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="126"/>
        <source>Note text</source>
        <translation>متن یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="127"/>
        <location filename="../../ui/note_composer.py" line="531"/>
        <source>Add a note about this customer…</source>
        <translation>یادداشتی درباره‌ی این مشتری بیفزایید…</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="132"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="133"/>
        <source>Write a note about this customer</source>
        <translation>نوشتن یادداشت درباره‌ی این مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="134"/>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="135"/>
        <source>Record a call and how it ended</source>
        <translation>ثبت یک تماس و نتیجه‌ی آن</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="145"/>
        <source>Call direction</source>
        <translation>جهت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="146"/>
        <source>Inbound</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="146"/>
        <source>Outbound</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="151"/>
        <source>Call outcome</source>
        <translation>نتیجه‌ی تماس</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="157"/>
        <location filename="../../ui/note_composer.py" line="534"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="159"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>ذخیره (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="160"/>
        <location filename="../../ui/note_composer.py" line="536"/>
        <source>Save the note</source>
        <translation>ذخیره‌ی یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="162"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="168"/>
        <source>Note status</source>
        <translation>وضعیت یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="265"/>
        <location filename="../../ui/note_composer.py" line="231"/>
        <source>Resolved</source>
        <translation>حل شد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="266"/>
        <location filename="../../ui/note_composer.py" line="232"/>
        <source>Informed</source>
        <translation>اطلاع داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="267"/>
        <location filename="../../ui/note_composer.py" line="233"/>
        <source>Callback promised</source>
        <translation>وعده‌ی تماس برگشتی داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="268"/>
        <location filename="../../ui/note_composer.py" line="234"/>
        <source>Transferred</source>
        <translation>منتقل شد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="269"/>
        <location filename="../../ui/note_composer.py" line="235"/>
        <source>Escalated</source>
        <translation>به سطح بالاتر ارجاع شد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="270"/>
        <location filename="../../ui/note_composer.py" line="236"/>
        <source>No answer</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="271"/>
        <location filename="../../ui/note_composer.py" line="237"/>
        <source>Voicemail</source>
        <translation>پیام صوتی</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="543"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="542"/>
        <source>Your unsaved draft is back.</source>
        <translation>پیش‌نویس ذخیره‌نشده‌ی شما بازگردانده شد.</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="554"/>
        <source>Your text could not be kept as a draft ({error}). Save it before you close the console.</source>
        <translation>متن شما را نمی‌توان به‌صورت پیش‌نویس نگه داشت ({error}). پیش از بستن کنسول آن را ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="546"/>
        <source>Not saved yet: the database cannot be reached. Your text is kept as a draft and is saved as soon as the connection is back.</source>
        <translation>هنوز ذخیره نشده است: دسترسی به پایگاه داده ممکن نیست. متن شما به‌صورت پیش‌نویس نگه داشته می‌شود و به‌محض برقراری دوباره‌ی اتصال ذخیره می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="529"/>
        <source>What was the call about? (optional)</source>
        <translation>موضوع تماس چه بود؟ (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="534"/>
        <source>Save call</source>
        <translation>ذخیره‌ی تماس</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="536"/>
        <source>Log the call</source>
        <translation>ثبت تماس</translation>
    </message>
</context>
<context>
    <name>PopBanner</name>
    <message>
        <location filename="../../ui/pop_banner.py" line="91"/>
        <source>queue {queue}</source>
        <translation>صف {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="94"/>
        <source>{window}, owned by {who}</source>
        <translation>{window}، مسئول: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="100"/>
        <source>Callback overdue</source>
        <translation>تماس برگشتی معوق</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="102"/>
        <source>Callback promised</source>
        <translation>تماس برگشتی وعده‌داده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="117"/>
        <source>Promise made</source>
        <translation>وعده‌ی داده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="118"/>
        <source>{when} by {agent}: {summary}</source>
        <translation>{when} توسط {agent}: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="121"/>
        <source>an agent</source>
        <translation>یک کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="135"/>
        <source>Recent transfer</source>
        <translation>انتقال اخیر</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="136"/>
        <source>{when}: {summary}</source>
        <translation>{when}: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="147"/>
        <source>by {agent}</source>
        <translation>توسط {agent}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="151"/>
        <source>Last contact</source>
        <translation>آخرین ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="153"/>
        <source>Last contact (a promise)</source>
        <translation>آخرین ارتباط (یک وعده)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="232"/>
        <location filename="../../ui/pop_banner.py" line="260"/>
        <source>Why they may be calling</source>
        <translation>دلیل احتمالی تماس</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="249"/>
        <source>Dismiss the call banner</source>
        <translation>بستن نوار تماس</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="250"/>
        <source>Dismiss (Esc)</source>
        <translation>بستن (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="304"/>
        <location filename="../../ui/pop_banner.py" line="337"/>
        <source>Incoming call {number}</source>
        <translation>تماس ورودی {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="305"/>
        <source>Looking up the caller…</source>
        <translation>در حال یافتن تماس‌گیرنده…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="316"/>
        <source>No earlier contact on file.</source>
        <translation>هیچ ارتباط قبلی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="321"/>
        <source>New caller</source>
        <translation>تماس‌گیرنده‌ی جدید</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="325"/>
        <source>No customer has the number {number} (given as “{typed}”).</source>
        <translation>هیچ مشتری‌ای شماره‌ی {number} را ندارد (واردشده به‌صورت «{typed}»).</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="327"/>
        <source>No customer has the number {number}.</source>
        <translation>هیچ مشتری‌ای شماره‌ی {number} را ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="330"/>
        <source>&amp;Create customer…</source>
        <translation>ایجاد مشتری(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="331"/>
        <source>Create a customer with this number</source>
        <translation>ایجاد مشتری با این شماره</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pop_banner.py" line="339"/>
        <source>%Ln customers share this number: choose who is calling.</source>
        <translation>
            <numerusform>%Ln مشتری این شماره را دارند: تماس‌گیرنده را انتخاب کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="341"/>
        <source>C&amp;hoose the caller…</source>
        <translation>انتخاب تماس‌گیرنده(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="342"/>
        <source>Choose the caller</source>
        <translation>انتخاب تماس‌گیرنده</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="360"/>
        <source>affected: tell them the current facts (the banner at the top)</source>
        <translation>آسیب‌دیده: اطلاعات کنونی را به او بگویید (نوار بالای صفحه)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="362"/>
        <source>Disruption</source>
        <translation>اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="388"/>
        <source>Call ID {id}</source>
        <translation>شناسه‌ی تماس {id}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="390"/>
        <source>Queue {queue}</source>
        <translation>صف {queue}</translation>
    </message>
</context>
<context>
    <name>PopController</name>
    <message>
        <location filename="../../ui/pop_controller.py" line="185"/>
        <source>{number}: choose who is calling.</source>
        <translation>{number}: تماس‌گیرنده را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="249"/>
        <source>Call from {name} ({number})</source>
        <translation>تماس از {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="180"/>
        <source>New caller {number}: no customer has this number yet.</source>
        <translation>تماس‌گیرنده‌ی جدید {number}: هنوز هیچ مشتری‌ای این شماره را ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="261"/>
        <source>Call from an unknown number {number}</source>
        <translation>تماس از شماره‌ی ناشناس {number}</translation>
    </message>
    <message>
        <location filename="../../ui/console_session.py" line="154"/>
        <source>Screen-pop listener on 127.0.0.1:{port}</source>
        <translation>شنونده‌ی نمایش خودکار تماس روی 127.0.0.1:{port}</translation>
    </message>
    <message>
        <location filename="../../ui/console_session.py" line="166"/>
        <source>The screen-pop listener is off: {reason}</source>
        <translation>شنونده‌ی نمایش خودکار تماس خاموش است: {reason}</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>&amp;Undo</source>
        <translation>واگرد(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>&amp;Redo</source>
        <translation>انجام دوباره(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>Cu&amp;t</source>
        <translation>بریدن(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28"/>
        <source>&amp;Copy</source>
        <translation>رونوشت(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="29"/>
        <source>&amp;Paste</source>
        <translation>جای‌گذاری(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="30"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31"/>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="42"/>
        <source>Show Details...</source>
        <translation>نمایش جزئیات...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43"/>
        <source>Hide Details...</source>
        <translation>پنهان کردن جزئیات...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>&amp;Yes</source>
        <translation>بله(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>&amp;No</source>
        <translation>خیر(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Restore Defaults</source>
        <translation>بازگرداندن پیش‌فرض‌ها</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="33"/>
        <source>&amp;Undo</source>
        <translation>واگرد(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="34"/>
        <source>&amp;Redo</source>
        <translation>انجام دوباره(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="35"/>
        <source>Cu&amp;t</source>
        <translation>بریدن(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="36"/>
        <source>&amp;Copy</source>
        <translation>رونوشت(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="37"/>
        <source>&amp;Paste</source>
        <translation>جای‌گذاری(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="38"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="39"/>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40"/>
        <source>Copy &amp;Link Location</source>
        <translation>رونوشت از نشانی پیوند(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="74"/>
        <location filename="../../ui/dashboard_drill.py" line="75"/>
        <source>Reassign callbacks</source>
        <translation>واگذاری مجدد تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="81"/>
        <source>To an &amp;agent</source>
        <translation>به یک کارشناس(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="83"/>
        <source>Reassign to an agent</source>
        <translation>واگذاری مجدد به یک کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="84"/>
        <source>To a &amp;queue</source>
        <translation>به یک صف(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="86"/>
        <source>Reassign to a queue</source>
        <translation>واگذاری مجدد به یک صف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="94"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="97"/>
        <source>Queue</source>
        <translation>صف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="99"/>
        <source>Choose an agent</source>
        <translation>یک کارشناس انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="100"/>
        <source>Choose a queue</source>
        <translation>یک صف انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="104"/>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="108"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="109"/>
        <source>Why (kept in the callback&apos;s history)</source>
        <translation>دلیل (در سابقه‌ی تماس برگشتی نگه داشته می‌شود)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="126"/>
        <location filename="../../ui/dashboard_drill.py" line="222"/>
        <source>Reassign</source>
        <translation>واگذاری مجدد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="136"/>
        <source>&amp;Reason</source>
        <translation>دلیل(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="155"/>
        <source>Reassign 1 callback</source>
        <translation>واگذاری مجدد ۱ تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="156"/>
        <source>Reassign {n} callbacks</source>
        <translation>واگذاری مجدد {n} تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="175"/>
        <source>Not available</source>
        <translation>در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="205"/>
        <source>Choose the agent who takes them, and say why.</source>
        <translation>کارشناسی را که آن‌ها را بر عهده می‌گیرد انتخاب کنید و دلیل را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="206"/>
        <source>Choose the queue that takes them, and say why.</source>
        <translation>صفی را که آن‌ها را بر عهده می‌گیرد انتخاب کنید و دلیل را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="208"/>
        <source>Type a reason: it is kept in each callback&apos;s history.</source>
        <translation>دلیلی بنویسید: در سابقه‌ی هر تماس برگشتی نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="222"/>
        <source>Reassigning…</source>
        <translation>در حال واگذاری مجدد…</translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="149"/>
        <location filename="../../ui/script_editor_dialog.py" line="790"/>
        <source>Scripts</source>
        <translation>متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="150"/>
        <source>Script editor</source>
        <translation>ویرایشگر متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="171"/>
        <source>All scripts, in library order</source>
        <translation>همه‌ی متن‌های آماده، به ترتیب کتابخانه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="174"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="174"/>
        <source>A new script</source>
        <translation>متن آماده‌ی جدید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="177"/>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="180"/>
        <source>Earlier in the library</source>
        <translation>جلوتر در کتابخانه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="183"/>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="186"/>
        <source>Later in the library</source>
        <translation>عقب‌تر در کتابخانه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="189"/>
        <source>Import…</source>
        <translation>وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="192"/>
        <source>Import scripts from a file</source>
        <translation>وارد کردن متن‌های آماده از پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="195"/>
        <source>Export…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="198"/>
        <source>Export every script to a file</source>
        <translation>صدور همه‌ی متن‌های آماده به پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="215"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="220"/>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="220"/>
        <source>e.g. refund-delay</source>
        <translation>مثلاً refund-delay</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="221"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="224"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="228"/>
        <source>Description for agents</source>
        <translation>توضیح برای کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="234"/>
        <source>Language shown when the customer&apos;s is missing</source>
        <translation>زبانی که وقتی زبان مشتری ثبت نشده نمایش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="237"/>
        <source>Shortcut</source>
        <translation>میان‌بر</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="237"/>
        <source>e.g. Ctrl+Alt+R (optional)</source>
        <translation>مثلاً Ctrl+Alt+R (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="245"/>
        <source>Queues</source>
        <translation>صف‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="246"/>
        <source>Every queue — or names, e.g. Refunds, Cruise care</source>
        <translation>همه‌ی صف‌ها — یا نام‌ها، مثلاً Refunds, Cruise care</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="249"/>
        <source>&amp;Key</source>
        <translation>کلید(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="250"/>
        <source>&amp;Title</source>
        <translation>عنوان(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="251"/>
        <source>C&amp;ategory</source>
        <translation>دسته(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="252"/>
        <source>&amp;Description</source>
        <translation>توضیح(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="253"/>
        <source>&amp;Queues</source>
        <translation>صف‌ها(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="257"/>
        <source>S&amp;hortcut</source>
        <translation>میان‌بر(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="260"/>
        <source>Default &amp;language</source>
        <translation>زبان پیش‌فرض(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/script_editor_dialog.py" line="549"/>
        <source>%Ln script exported to {path}.</source>
        <translation>
            <numerusform>%Ln متن آماده به {path} صادر شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/script_editor_dialog.py" line="551"/>
        <source>%Ln scripts exported to {path}.</source>
        <translation>
            <numerusform>%Ln متن آماده به {path} صادر شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="264"/>
        <source>Languages of the script</source>
        <translation>زبان‌های متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="266"/>
        <source>New language code</source>
        <translation>کد زبان جدید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="266"/>
        <source>e.g. th</source>
        <translation>مثلاً th</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="270"/>
        <source>Add language</source>
        <translation>افزودن زبان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="273"/>
        <source>Add a language</source>
        <translation>افزودن یک زبان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="276"/>
        <source>Remove this language</source>
        <translation>حذف این زبان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="279"/>
        <source>Remove the language shown</source>
        <translation>حذف زبان نمایش‌داده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="288"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="288"/>
        <source>Why it is retired or restored (optional)</source>
        <translation>دلیل بایگانی یا بازگردانی (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="291"/>
        <location filename="../../ui/script_editor_dialog.py" line="773"/>
        <source>Retire</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="291"/>
        <source>Hide the script from agents</source>
        <translation>پنهان کردن متن آماده از کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="294"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="294"/>
        <source>Save as a new version</source>
        <translation>ذخیره به‌عنوان نسخه‌ی جدید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="312"/>
        <source>Versions, newest first</source>
        <translation>نسخه‌ها، جدیدترین در ابتدا</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="316"/>
        <source>What the version said</source>
        <translation>متن این نسخه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="325"/>
        <source>Script and history</source>
        <translation>متن آماده و سابقه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="326"/>
        <source>&amp;Script</source>
        <translation>متن آماده(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="327"/>
        <source>&amp;History</source>
        <translation>سابقه(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="331"/>
        <source>Import and export report</source>
        <translation>گزارش ورود و صدور</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="522"/>
        <source>Import scripts</source>
        <translation>وارد کردن متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="522"/>
        <source>Script files (*.json);;All files (*)</source>
        <translation>پرونده‌های متن آماده (*.json);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="539"/>
        <source>Export scripts</source>
        <translation>صدور متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="539"/>
        <source>Script files (*.json)</source>
        <translation>پرونده‌های متن آماده (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="574"/>
        <source> (retired)</source>
        <translation> (بایگانی‌شده)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="632"/>
        <source>“{title}” {what}: version {n}.</source>
        <translation>«{title}» {what}: نسخه‌ی {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="644"/>
        <source>saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="645"/>
        <location filename="../../ui/script_editor_dialog.py" line="694"/>
        <source>retired</source>
        <translation>بایگانی شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="646"/>
        <location filename="../../ui/script_editor_dialog.py" line="695"/>
        <source>restored</source>
        <translation>بازگردانی شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="692"/>
        <source>created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="693"/>
        <source>edited</source>
        <translation>ویرایش شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="696"/>
        <source>imported</source>
        <translation>وارد شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="697"/>
        <source>shipped</source>
        <translation>ارائه‌شده همراه برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="701"/>
        <source>the program</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="773"/>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="784"/>
        <source>New script</source>
        <translation>متن آماده‌ی جدید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="786"/>
        <source>Script: {title} (version {n})</source>
        <translation>متن آماده: {title} (نسخه‌ی {n})</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="822"/>
        <source>{code} is there already.</source>
        <translation>{code} از قبل وجود دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="833"/>
        <source>A script needs at least one language.</source>
        <translation>متن آماده باید دست‌کم یک زبان داشته باشد.</translation>
    </message>
</context>
<context>
    <name>ScriptLibrary</name>
    <message>
        <location filename="../../ui/script_library.py" line="289"/>
        <location filename="../../ui/script_library.py" line="749"/>
        <source>Script library</source>
        <translation>کتابخانه‌ی متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="341"/>
        <source>Search scripts</source>
        <translation>جست‌وجوی متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="342"/>
        <source>Search scripts…</source>
        <translation>جست‌وجوی متن‌های آماده…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="344"/>
        <source>Search scripts ({key}): ↑/↓ choose, Enter inserts, Esc goes back</source>
        <translation>جست‌وجوی متن‌های آماده ({key}): ↑/↓ برای انتخاب، Enter برای درج، Esc برای بازگشت</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="354"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="355"/>
        <source>All categories</source>
        <translation>همه‌ی دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="360"/>
        <location filename="../../ui/script_library.py" line="747"/>
        <source>Scripts</source>
        <translation>متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="381"/>
        <source>Favourite</source>
        <translation>برگزیده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="383"/>
        <source>Favourite: the first nine get Alt+1…9 ({key})</source>
        <translation>برگزیده: نُه مورد نخست Alt+1…9 می‌گیرند ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="396"/>
        <source>Language of the script</source>
        <translation>زبان متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="397"/>
        <source>Show another language of this script</source>
        <translation>نمایش زبان دیگری از این متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="402"/>
        <source>Language notice</source>
        <translation>اعلان زبان</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="409"/>
        <source>Preview of the filled script</source>
        <translation>پیش‌نمایش متن آماده‌ی تکمیل‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="417"/>
        <source>Values to type</source>
        <translation>مقادیری که باید وارد شوند</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="426"/>
        <source>Where the script goes</source>
        <translation>مقصد متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="430"/>
        <location filename="../../ui/script_library.py" line="1414"/>
        <source>Insert</source>
        <translation>درج</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="432"/>
        <source>Insert the script</source>
        <translation>درج متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="434"/>
        <location filename="../../ui/script_library.py" line="1296"/>
        <source>Insert at the cursor of the note or transfer field (Enter)</source>
        <translation>درج در محل مکان‌نما در فیلد یادداشت یا انتقال (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="437"/>
        <location filename="../../ui/script_library.py" line="1416"/>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="439"/>
        <source>Copy the script</source>
        <translation>رونوشت از متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="440"/>
        <source>Copy the filled text to the clipboard (Ctrl+C)</source>
        <translation>رونوشت از متن تکمیل‌شده در حافظه‌ی موقت (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="444"/>
        <location filename="../../ui/script_library.py" line="1430"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="446"/>
        <source>Edit the script</source>
        <translation>ویرایش متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="447"/>
        <source>Change this script (supervisors)</source>
        <translation>تغییر این متن آماده (سرپرستان)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="616"/>
        <source>No note or transfer field was chosen: “{title}” is on the clipboard — paste it with Ctrl+V.</source>
        <translation>هیچ فیلد یادداشت یا انتقالی انتخاب نشده بود: «{title}» در حافظه‌ی موقت است — با Ctrl+V آن را جای‌گذاری کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="619"/>
        <source>The field you were in cannot take it now (saving, or another customer&apos;s): “{title}” is on the clipboard instead.</source>
        <translation>فیلدی که در آن بودید اکنون نمی‌تواند آن را بپذیرد (در حال ذخیره است یا متعلق به مشتری دیگری است): به‌جای آن، «{title}» در حافظه‌ی موقت است.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="629"/>
        <source>“{title}” is too long for that field: it is on the clipboard instead.</source>
        <translation>«{title}» برای آن فیلد بیش از حد طولانی است: به‌جای آن، در حافظه‌ی موقت قرار گرفت.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="636"/>
        <location filename="../../ui/script_library.py" line="1351"/>
        <source>the text field</source>
        <translation>فیلد متنی</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="638"/>
        <source>“{title}” inserted into {where}.</source>
        <translation>«{title}» در {where} درج شد.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="655"/>
        <source>“{title}” copied to the clipboard.</source>
        <translation>از «{title}» در حافظه‌ی موقت رونوشت گرفته شد.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="688"/>
        <source>No favourite script {n}: star a script in the library ({key}).</source>
        <translation>متن آماده‌ی برگزیده‌ی {n} وجود ندارد: در کتابخانه یک متن آماده را ستاره‌دار کنید ({key}).</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="711"/>
        <source>“{title}” is a favourite now.</source>
        <translation>«{title}» اکنون برگزیده است.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="713"/>
        <source>“{title}” is no longer a favourite.</source>
        <translation>«{title}» دیگر برگزیده نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="779"/>
        <source>&amp;Scripts</source>
        <translation>متن‌های آماده(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="792"/>
        <source>Script &amp;library</source>
        <translation>کتابخانه‌ی متن‌های آماده(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="794"/>
        <source>&amp;Insert the chosen script</source>
        <translation>درج متن آماده‌ی انتخاب‌شده(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="795"/>
        <source>&amp;Copy the chosen script</source>
        <translation>رونوشت از متن آماده‌ی انتخاب‌شده(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="797"/>
        <source>Add to or remove from &amp;favourites</source>
        <translation>افزودن به برگزیده‌ها یا حذف از آن‌ها(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="802"/>
        <source>Show the script &amp;library</source>
        <translation>نمایش کتابخانه‌ی متن‌های آماده(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="810"/>
        <source>&amp;Manage scripts…</source>
        <translation>مدیریت متن‌های آماده(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="812"/>
        <source>&amp;New script…</source>
        <translation>متن آماده‌ی جدید(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="814"/>
        <source>&amp;Import scripts…</source>
        <translation>وارد کردن متن‌های آماده(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="817"/>
        <source>&amp;Export scripts…</source>
        <translation>صدور متن‌های آماده(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="833"/>
        <source>Insert favourite script 1…9</source>
        <translation>درج متن آماده‌ی برگزیده‌ی ۱…۹</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="833"/>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="835"/>
        <source>Insert a script by its own shortcut</source>
        <translation>درج متن آماده با میان‌بر اختصاصی آن</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="836"/>
        <source>shown beside it in the library</source>
        <translation>در کنار آن در کتابخانه نمایش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="838"/>
        <source>Choose a script while searching</source>
        <translation>انتخاب متن آماده هنگام جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="838"/>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="839"/>
        <source>Insert the chosen script</source>
        <translation>درج متن آماده‌ی انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="839"/>
        <source>Enter in the library</source>
        <translation>Enter در کتابخانه</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="840"/>
        <source>Copy the chosen script</source>
        <translation>رونوشت از متن آماده‌ی انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="840"/>
        <source>Ctrl+C in the list</source>
        <translation>Ctrl+C در فهرست</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="841"/>
        <source>Back to the note from the library</source>
        <translation>بازگشت از کتابخانه به یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="841"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="844"/>
        <source>Insert “{title}”</source>
        <translation>درج «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="964"/>
        <source>used once</source>
        <translation>یک بار استفاده شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="966"/>
        <source>used {n} times</source>
        <translation>{n} بار استفاده شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="968"/>
        <source>not used yet</source>
        <translation>هنوز استفاده نشده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="996"/>
        <source>No script matches.</source>
        <translation>هیچ متن آماده‌ای مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="998"/>
        <source>No scripts for your queues yet.</source>
        <translation>هنوز هیچ متن آماده‌ای برای صف‌های شما وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1132"/>
        <source>Choose a script</source>
        <translation>انتخاب متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1146"/>
        <source>Reading the customer&apos;s details…</source>
        <translation>در حال خواندن مشخصات مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1194"/>
        <source>The customer&apos;s language is not recorded — {shown} shown</source>
        <translation>زبان مشتری ثبت نشده است — {shown} نمایش داده شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1198"/>
        <source>{shown} chosen — the customer&apos;s language is {customer}</source>
        <translation>{shown} انتخاب شده — زبان مشتری {customer} است</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1202"/>
        <source>{customer} not available — {shown} shown</source>
        <translation>{customer} موجود نیست — {shown} نمایش داده شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1230"/>
        <source>Open a customer to fill in their details.</source>
        <translation>برای تکمیل مشخصات، یک مشتری را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1252"/>
        <source>Type it here: the script needs it</source>
        <translation>اینجا وارد کنید: متن آماده به آن نیاز دارد</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1254"/>
        <source>Your answer for this customer</source>
        <translation>پاسخ شما برای این مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1290"/>
        <source>Type the highlighted value first</source>
        <translation>ابتدا مقدار برجسته‌شده را وارد کنید</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/script_library.py" line="1292"/>
        <source>Type the %Ln highlighted values first</source>
        <translation>
            <numerusform>ابتدا %Ln مقدار برجسته‌شده را وارد کنید</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1311"/>
        <source>Type what the script needs ({names}), then press Enter to insert.</source>
        <translation>آنچه متن آماده نیاز دارد ({names}) را وارد کنید، سپس برای درج Enter را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1350"/>
        <source>Goes into: {field}</source>
        <translation>مقصد: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1356"/>
        <source>No note or transfer field chosen: Insert copies to the clipboard.</source>
        <translation>هیچ فیلد یادداشت یا انتقالی انتخاب نشده است: «درج» متن را در حافظه‌ی موقت رونوشت می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1420"/>
        <source>Remove from favourites</source>
        <translation>حذف از برگزیده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1422"/>
        <source>Add to favourites</source>
        <translation>افزودن به برگزیده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1426"/>
        <source>Move up in favourites</source>
        <translation>بالا بردن در برگزیده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1427"/>
        <source>Move down in favourites</source>
        <translation>پایین بردن در برگزیده‌ها</translation>
    </message>
</context>
<context>
    <name>ScriptPopup</name>
    <message>
        <location filename="../../ui/script_library.py" line="1450"/>
        <source>Scripts</source>
        <translation>متن‌های آماده</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_results_model.py" line="24"/>
        <source>Disruption</source>
        <translation>اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="52"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="75"/>
        <source>Disruption: {names}</source>
        <translation>اختلال: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="88"/>
        <source>Found by phone number</source>
        <translation>یافته‌شده با شماره‌تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="89"/>
        <source>Found by email</source>
        <translation>یافته‌شده با ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="90"/>
        <source>Found by account number</source>
        <translation>یافته‌شده با شماره‌ی حساب</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="91"/>
        <source>Found by name</source>
        <translation>یافته‌شده با نام</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="92"/>
        <source>A similar name: nobody&apos;s name contains what you typed</source>
        <translation>نامی مشابه: نام هیچ‌کس شامل آنچه تایپ کردید نیست</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>Follow the system</source>
        <translation>پیروی از سیستم</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>None (numbers must start with +)</source>
        <translation>هیچ (شماره‌ها باید با + شروع شوند)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>tel: link (the system&apos;s phone app)</source>
        <translation>پیوند tel: (برنامه‌ی تلفن سیستم)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="102"/>
        <source>sip: link to your phone system</source>
        <translation>پیوند sip: به سیستم تلفن شما</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>callto: link</source>
        <translation>پیوند callto:</translation>
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
        <translation>خط فرمان یک تلفن نرم‌افزاری؛ {number} به +79165551234 و {number_digits} به 79165551234 تبدیل می‌شود. اگر خالی باشد، از پیوند بالا استفاده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>&amp;Test</source>
        <translation>آزمایش(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>Show what a call would run, without running it</source>
        <translation>نمایش آنچه یک تماس اجرا می‌کند، بدون اجرای آن</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>&amp;Beep when a reminder appears</source>
        <translation>پخش بوق هنگام نمایش یادآور(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>Appearance</source>
        <translation>ظاهر</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="135"/>
        <source>T&amp;heme</source>
        <translation>پوسته(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="136"/>
        <source>The language is chosen in File › Language.</source>
        <translation>زبان از منوی پرونده › زبان انتخاب می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>Telephony</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>For numbers typed without +; applies at the next start.</source>
        <translation>برای شماره‌هایی که بدون + وارد می‌شوند؛ از اجرای بعدی اعمال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Default &amp;country</source>
        <translation>کشور پیش‌فرض(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="144"/>
        <source>&amp;Dial by</source>
        <translation>شماره‌گیری با(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="145"/>
        <source>&amp;SIP domain</source>
        <translation>دامنه‌ی SIP(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>Dial comma&amp;nd</source>
        <translation>فرمان شماره‌گیری(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="156"/>
        <source>Remind &amp;minutes before</source>
        <translation>یادآوری چند دقیقه پیش از موعد(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>0 to 240; 0 reminds only when a callback is due.</source>
        <translation>۰ تا ۲۴۰؛ با ۰ فقط هنگام رسیدن موعد تماس برگشتی یادآوری می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Dashboard alerts</source>
        <translation>هشدارهای داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>&amp;Unattended promise ends within (minutes)</source>
        <translation>وعده‌ی بدون رسیدگی که ظرف این مدت پایان می‌یابد (دقیقه)(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>O&amp;verdue callbacks above</source>
        <translation>تماس‌های برگشتی معوق بیش از(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>The defaults are in the form: OK or Apply saves them.</source>
        <translation>مقادیر پیش‌فرض در فرم قرار گرفتند: «تأیید» یا «اعمال» آن‌ها را ذخیره می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="322"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>هیچ چیز ذخیره نشد: فیلدهایی را که با رنگ قرمز مشخص شده‌اند اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="331"/>
        <source>The settings could not be saved to {path} ({problem}). Nothing is lost: correct the problem and press Apply again.</source>
        <translation>ذخیره‌ی تنظیمات در {path} ممکن نشد ({problem}). چیزی از دست نرفته است: مشکل را برطرف کنید و دوباره «اعمال» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="341"/>
        <source>Saved. Applies at the next start: {what}.</source>
        <translation>ذخیره شد. این موارد از اجرای بعدی اعمال می‌شوند: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="344"/>
        <source>Saved and applied.</source>
        <translation>ذخیره و اعمال شد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="364"/>
        <source>{setting} (while {variable} is set, it decides)</source>
        <translation>{setting} (تا وقتی {variable} تنظیم شده است، همان تعیین‌کننده است)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="406"/>
        <source>Dial would run: {command}</source>
        <translation>شماره‌گیری این فرمان را اجرا می‌کند: {command}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="408"/>
        <source>Dial would open: {url}</source>
        <translation>شماره‌گیری این نشانی را باز می‌کند: {url}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="55"/>
        <location filename="../../ui/shortcuts_dialog.py" line="81"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="63"/>
        <source>Every command you can reach from the keyboard. Type to filter; Page Up, Page Down, Home and End move through the list.</source>
        <translation>همه‌ی فرمان‌هایی که از صفحه‌کلید در دسترس‌اند. برای فیلتر کردن تایپ کنید؛ Page Up، Page Down، Home و End در فهرست جابه‌جا می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="72"/>
        <location filename="../../ui/shortcuts_dialog.py" line="74"/>
        <source>Filter by command or key</source>
        <translation>فیلتر بر اساس فرمان یا کلید</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="73"/>
        <source>Filter the shortcuts</source>
        <translation>فیلتر کردن میان‌برها</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="82"/>
        <source>Action</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="82"/>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/callback_reminder.py" line="298"/>
        <source>Snooze the reminder</source>
        <translation>تعویق یادآور</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="302"/>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="305"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="308"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="309"/>
        <source>On another call, customer asked…</source>
        <translation>در تماس دیگری هستم، مشتری درخواست کرد…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="316"/>
        <source>&amp;For</source>
        <translation>به مدت(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="317"/>
        <source>&amp;Why</source>
        <translation>دلیل(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="331"/>
        <source>Say why: your supervisor sees snoozed reminders.</source>
        <translation>دلیل را بنویسید: سرپرست شما یادآورهای به‌تعویق‌افتاده را می‌بیند.</translation>
    </message>
</context>
<context>
    <name>TileButton</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="206"/>
        <source>Above the alert threshold. </source>
        <translation>بالاتر از آستانه‌ی هشدار. </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="208"/>
        <source>{what} — click or press Enter to list the callbacks.</source>
        <translation>{what} — برای فهرست کردن تماس‌های برگشتی، کلیک کنید یا Enter را بزنید.</translation>
    </message>
</context>
<context>
    <name>TransferFormDialog</name>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="174"/>
        <source>Warm transfer</source>
        <translation>انتقال هماهنگ‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="201"/>
        <source>a colleague or queue</source>
        <translation>یک همکار یا صف</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="202"/>
        <source>a colleague who is signed in, or a queue</source>
        <translation>یک همکار واردشده به سیستم، یا یک صف</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="203"/>
        <source>reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="204"/>
        <source>the customer&apos;s issue</source>
        <translation>مشکل مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="205"/>
        <source>what was already tried</source>
        <translation>اقدامات انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="206"/>
        <source>what was promised</source>
        <translation>آنچه وعده داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="207"/>
        <source>identity verified</source>
        <translation>احراز هویت</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="208"/>
        <source>the customer&apos;s mood</source>
        <translation>حال مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="209"/>
        <source>notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="210"/>
        <source>why another handover is needed</source>
        <translation>دلیل نیاز به تحویل دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="234"/>
        <source>Opening the customer…</source>
        <translation>در حال باز کردن مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="236"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="247"/>
        <source>Your colleague reads this before accepting: the customer should not have to explain anything again.</source>
        <translation>همکار شما پیش از پذیرفتن این را می‌خواند: مشتری نباید چیزی را دوباره توضیح دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="258"/>
        <source>Transfer status</source>
        <translation>وضعیت انتقال</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="265"/>
        <source>Transfer to</source>
        <translation>انتقال به</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="267"/>
        <source>Type part of a name or a queue; colleagues who are not signed in are greyed</source>
        <translation>بخشی از یک نام یا صف را تایپ کنید؛ همکارانی که وارد سیستم نشده‌اند کم‌رنگ نمایش داده می‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="280"/>
        <source>Search colleagues and queues</source>
        <translation>جست‌وجوی همکاران و صف‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="281"/>
        <source>Type a colleague&apos;s name or a queue…</source>
        <translation>نام یک همکار یا صف را تایپ کنید…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="290"/>
        <source>Reason for the transfer</source>
        <translation>دلیل انتقال</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="297"/>
        <source>The customer&apos;s issue</source>
        <translation>مشکل مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="298"/>
        <source>One sentence: what the customer needs</source>
        <translation>در یک جمله: مشتری به چه چیزی نیاز دارد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="303"/>
        <source>What was already tried</source>
        <translation>اقدامات انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="304"/>
        <source>Checks made, steps taken, who was asked</source>
        <translation>بررسی‌های انجام‌شده، اقدامات صورت‌گرفته، از چه کسی پرسیده شد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="307"/>
        <source>What was promised</source>
        <translation>آنچه وعده داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="308"/>
        <source>What the customer was told will happen, and by when</source>
        <translation>آنچه به مشتری گفته شد که انجام خواهد شد، و تا چه زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="312"/>
        <source>Link an open promise</source>
        <translation>پیوند به یک وعده‌ی باز</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="313"/>
        <source>Link one of the customer&apos;s open callbacks</source>
        <translation>پیوند به یکی از تماس‌های برگشتی باز مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="319"/>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="323"/>
        <source>Nobody signed in there</source>
        <translation>هیچ‌کس آنجا وارد سیستم نشده است</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="326"/>
        <source>Make it a &amp;callback</source>
        <translation>تبدیل به تماس برگشتی(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="328"/>
        <source>Make it a callback</source>
        <translation>تبدیل به تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="331"/>
        <source>Close this form (your note is kept) and promise the customer a callback</source>
        <translation>بستن این فرم (یادداشت شما نگه داشته می‌شود) و دادن وعده‌ی تماس برگشتی به مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="337"/>
        <source>Verified: the customer passed the identity check</source>
        <translation>احراز شد: مشتری بررسی هویت را با موفقیت گذراند</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="339"/>
        <source>Identity verified</source>
        <translation>هویت احراز شد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="343"/>
        <source>The customer&apos;s mood</source>
        <translation>حال مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="349"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="349"/>
        <source>Anything else the colleague should know</source>
        <translation>هر چیز دیگری که همکار باید بداند</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="363"/>
        <source>Handovers in this contact</source>
        <translation>تحویل‌ها در این ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="367"/>
        <source>Why another handover?</source>
        <translation>چرا تحویل دوباره؟</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="368"/>
        <source>Your supervisor reads this</source>
        <translation>سرپرست شما این را می‌خواند</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="375"/>
        <source>Problem with {field}</source>
        <translation>مشکل در {field}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="384"/>
        <source>What is still needed</source>
        <translation>آنچه هنوز لازم است</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="392"/>
        <location filename="../../ui/transfer_form_dialog.py" line="1120"/>
        <source>&amp;Send</source>
        <translation>ارسال(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="393"/>
        <source>Send the transfer</source>
        <translation>ارسال انتقال</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="394"/>
        <source>Send the transfer (Ctrl+Enter)</source>
        <translation>ارسال انتقال (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="399"/>
        <source>&amp;Cancel</source>
        <translation>انصراف(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="400"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="401"/>
        <source>Close; what you typed is kept as a draft (Esc)</source>
        <translation>بستن؛ آنچه تایپ کرده‌اید به‌صورت پیش‌نویس نگه داشته می‌شود (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="410"/>
        <source>Tar&amp;get</source>
        <translation>مقصد(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="411"/>
        <source>&amp;Reason</source>
        <translation>دلیل(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="412"/>
        <source>&amp;Issue</source>
        <translation>مشکل(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="413"/>
        <source>What was &amp;tried</source>
        <translation>اقدامات انجام‌شده(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="414"/>
        <source>What was &amp;promised</source>
        <translation>آنچه وعده داده شد(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="415"/>
        <source>I&amp;dentity</source>
        <translation>هویت(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="416"/>
        <source>&amp;Mood</source>
        <translation>حال(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="417"/>
        <source>&amp;Notes</source>
        <translation>یادداشت‌ها(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="418"/>
        <source>&amp;Why another handover?</source>
        <translation>چرا تحویل دوباره؟(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="431"/>
        <source>&amp;Link an open promise:</source>
        <translation>پیوند به یک وعده‌ی باز(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="45"/>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="46"/>
        <source>Booking change</source>
        <translation>تغییر رزرو</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="47"/>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="48"/>
        <source>Technical</source>
        <translation>فنی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="49"/>
        <source>Billing</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="50"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="51"/>
        <source>Specialist</source>
        <translation>کارشناس متخصص</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="52"/>
        <source>Escalation</source>
        <translation>ارجاع به سطح بالاتر</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="53"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="54"/>
        <source>Calm</source>
        <translation>آرام</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="55"/>
        <source>Confused</source>
        <translation>سردرگم</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="56"/>
        <source>Worried</source>
        <translation>نگران</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="57"/>
        <source>Frustrated</source>
        <translation>کلافه</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="58"/>
        <source>Angry</source>
        <translation>عصبانی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="109"/>
        <source>nobody signed in</source>
        <translation>هیچ‌کس وارد سیستم نشده</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="110"/>
        <source>{n} signed in</source>
        <translation>{n} نفر وارد سیستم شده‌اند</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="114"/>
        <source>available</source>
        <translation>در دسترس</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="115"/>
        <source>not signed in</source>
        <translation>وارد سیستم نشده</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="116"/>
        <source>off shift</source>
        <translation>خارج از شیفت</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="540"/>
        <source>Queue: {name} · {availability}</source>
        <translation>صف: {name}، {availability}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="543"/>
        <source>{name} · {availability}</source>
        <translation>{name}، {availability}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="690"/>
        <location filename="../../ui/transfer_form_dialog.py" line="1223"/>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="755"/>
        <source>Warm transfer: {name}</source>
        <translation>انتقال هماهنگ‌شده: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="773"/>
        <source>Customer not available</source>
        <translation>مشتری در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="779"/>
        <source>The database cannot be reached, so the form cannot open this customer. Close it and try again when the database is back.</source>
        <translation>دسترسی به پایگاه داده ممکن نیست، بنابراین فرم نمی‌تواند این مشتری را باز کند. آن را ببندید و وقتی پایگاه داده در دسترس قرار گرفت دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="805"/>
        <source>{name} is {availability}: send to their queue instead</source>
        <translation>{name} {availability} است: به‌جای آن به صف او بفرستید</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="827"/>
        <source>No open promises</source>
        <translation>وعده‌ی بازی وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="838"/>
        <source>{name} was already passed on {n} times in this contact. Say why another handover is needed: your supervisor reads it.</source>
        <translation>{name} در این ارتباط تاکنون {n} بار منتقل شده است. دلیل نیاز به تحویل دوباره را بنویسید: سرپرست شما آن را می‌خواند.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="840"/>
        <source>This customer</source>
        <translation>این مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="876"/>
        <source>Your unsaved transfer note is back.</source>
        <translation>یادداشت انتقال ذخیره‌نشده‌ی شما بازگردانده شد.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="909"/>
        <source>{name} is {availability} now: choose another colleague or a queue.</source>
        <translation>{name} اکنون {availability} است: همکار دیگری یا یک صف انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="919"/>
        <source>What you typed could not be kept as a draft ({error}). Send it or copy it before you close this form.</source>
        <translation>آنچه تایپ کردید را نمی‌توان به‌صورت پیش‌نویس نگه داشت ({error}). پیش از بستن این فرم، آن را ارسال کنید یا از آن رونوشت بگیرید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="946"/>
        <source>{name} is {availability}: choose a colleague who is available, or their queue.</source>
        <translation>{name} {availability} است: همکاری در دسترس یا صف او را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1059"/>
        <source>Nobody is signed in to {queue} now: the customer would wait on hold for no one. Promise a callback instead?</source>
        <translation>اکنون هیچ‌کس در صف {queue} وارد سیستم نشده است: مشتری بیهوده پشت خط منتظر می‌ماند. به‌جای آن وعده‌ی تماس برگشتی می‌دهید؟</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1183"/>
        <source>Not sent yet: please correct what is marked.</source>
        <translation>هنوز ارسال نشد: لطفاً موارد مشخص‌شده را اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1191"/>
        <source>Not sent: the database cannot be reached. Everything you typed is kept; send again when it is back (it will not be sent twice).</source>
        <translation>ارسال نشد: دسترسی به پایگاه داده ممکن نیست. همه‌ی آنچه تایپ کردید نگه داشته شده است؛ وقتی پایگاه داده در دسترس قرار گرفت دوباره ارسال کنید (دو بار ارسال نخواهد شد).</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1196"/>
        <source>The database cannot be reached. What you type is kept as a draft on this computer; close and reopen the form when the database is back.</source>
        <translation>دسترسی به پایگاه داده ممکن نیست. آنچه تایپ می‌کنید به‌صورت پیش‌نویس روی این رایانه نگه داشته می‌شود؛ وقتی پایگاه داده در دسترس قرار گرفت، فرم را ببندید و دوباره باز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1205"/>
        <source>Not sent: something went wrong. What you typed is kept.</source>
        <translation>ارسال نشد: خطایی رخ داد. آنچه تایپ کردید نگه داشته شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1219"/>
        <source>Nothing can be sent from this form now.</source>
        <translation>اکنون از این فرم چیزی قابل ارسال نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1221"/>
        <source>Loading the customer and who can take the call…</source>
        <translation>در حال بارگیری مشتری و کسانی که می‌توانند تماس را بپذیرند…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1227"/>
        <source>Still needed: {fields}</source>
        <translation>هنوز لازم است: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1229"/>
        <source>Checking what {target} needs…</source>
        <translation>در حال بررسی نیازهای {target}…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1232"/>
        <source>Ready to send (Ctrl+Enter).</source>
        <translation>آماده‌ی ارسال (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1249"/>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1266"/>
        <source>this target</source>
        <translation>این مقصد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1268"/>
        <source>queue {name}</source>
        <translation>صف {name}</translation>
    </message>
</context>
<context>
    <name>TransferInbox</name>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="68"/>
        <source>someone</source>
        <translation>فرستنده‌ی نامعلوم</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="69"/>
        <source>From {who}</source>
        <translation>از طرف {who}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="72"/>
        <source>handover {n} in this contact</source>
        <translation>تحویل شماره‌ی {n} در این ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="79"/>
        <source>Why: {reason}</source>
        <translation>دلیل: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="82"/>
        <source>Identity verified</source>
        <translation>هویت احراز شد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="84"/>
        <source>Identity NOT verified</source>
        <translation>هویت احراز نشده است</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="87"/>
        <source>Mood: {mood}</source>
        <translation>حال مشتری: {mood}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="91"/>
        <source>Issue: {text}</source>
        <translation>مشکل: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="95"/>
        <source>Tried: {text}</source>
        <translation>اقدامات انجام‌شده: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="99"/>
        <source>Promised: {text}</source>
        <translation>وعده: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="105"/>
        <source>Notes: {text}</source>
        <translation>یادداشت‌ها: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="109"/>
        <source>Why another handover: {text}</source>
        <translation>دلیل تحویل دوباره: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="157"/>
        <source>Incoming transfer</source>
        <translation>انتقال ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="182"/>
        <source>The customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="190"/>
        <source>Accept</source>
        <translation>پذیرفتن</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="193"/>
        <source>Accept and open the customer (Ctrl+Shift+Y)</source>
        <translation>پذیرفتن و باز کردن مشتری (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="195"/>
        <source>Decline…</source>
        <translation>رد کردن…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="200"/>
        <source>Why you decline</source>
        <translation>دلیل رد کردن</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="201"/>
        <source>Why (the sender reads it), then Enter</source>
        <translation>دلیل (فرستنده آن را می‌خواند)، سپس Enter</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="321"/>
        <source>Account {n}</source>
        <translation>حساب {n}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="327"/>
        <source>{time} there</source>
        <translation>{time} به وقت آنجا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="332"/>
        <source>%Ln open promise</source>
        <translation>
            <numerusform>%Ln وعده‌ی باز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="334"/>
        <source>%Ln open promises</source>
        <translation>
            <numerusform>%Ln وعده‌ی باز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="338"/>
        <source>passed on %Ln time in this contact</source>
        <translation>
            <numerusform>%Ln بار در این ارتباط منتقل شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="340"/>
        <source>passed on %Ln times in this contact</source>
        <translation>
            <numerusform>%Ln بار در این ارتباط منتقل شده</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="350"/>
        <source>you</source>
        <translation>شما</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="352"/>
        <source>queue {q}</source>
        <translation>صف {q}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="354"/>
        <source>Transfer for {to}: {customer}</source>
        <translation>انتقال برای {to}: {customer}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="356"/>
        <source>(+{n} more waiting)</source>
        <translation>(+{n} مورد دیگر در انتظار)</translation>
    </message>
</context>
<context>
    <name>TransferStatus</name>
    <message>
        <location filename="../../ui/transfer_status.py" line="58"/>
        <source>Transfer you sent</source>
        <translation>انتقالی که فرستادید</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="74"/>
        <source>Try another colleague or queue</source>
        <translation>امتحان همکار یا صف دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="75"/>
        <source>Try there</source>
        <translation>امتحان این مقصد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="78"/>
        <source>Make it a callback</source>
        <translation>تبدیل به تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="81"/>
        <source>The target queue calls the customer back, with your note</source>
        <translation>صف مقصد با یادداشت شما با مشتری تماس برگشتی می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="84"/>
        <source>Withdraw</source>
        <translation>پس گرفتن</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="87"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="154"/>
        <source>Queue: {q}</source>
        <translation>صف: {q}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="189"/>
        <source>Nobody has accepted your transfer of {c} to {to} yet.</source>
        <translation>هنوز کسی انتقال {c} به {to} را از شما نپذیرفته است.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="191"/>
        <source>Try someone else, or promise a callback from {to}.</source>
        <translation>شخص دیگری را امتحان کنید، یا وعده‌ی تماس برگشتی از طرف {to} بدهید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="197"/>
        <source>Waiting for {to} to accept {c}… ({s} s)</source>
        <translation>در انتظار پذیرش {c} توسط {to}… ({s} ثانیه)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="201"/>
        <source>{who} accepted {c}: hand the customer over now.</source>
        <translation>{who} {c} را پذیرفت: اکنون مشتری را تحویل دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="205"/>
        <source>{to} declined: {why}</source>
        <translation>{to} رد کرد: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="208"/>
        <source>{c} will be called back by {to}; tell the customer.</source>
        <translation>{to} با {c} تماس برگشتی خواهد گرفت؛ به مشتری اطلاع دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="212"/>
        <source>Transfer {state}.</source>
        <translation>انتقال: {state}.</translation>
    </message>
</context>
<context>
    <name>_VariantEditor</name>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="74"/>
        <source>Title in {language}</source>
        <translation>عنوان به {language}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="76"/>
        <source>Title in this language (optional)</source>
        <translation>عنوان به این زبان (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="80"/>
        <source>Text in {language}</source>
        <translation>متن به {language}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="85"/>
        <source>For example: {text}</source>
        <translation>برای مثال: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="89"/>
        <source>Check of the {language} text</source>
        <translation>بررسی متن {language}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="120"/>
        <source>line 1: the text is empty</source>
        <translation>سطر ۱: متن خالی است</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="127"/>
        <source>no fields</source>
        <translation>بدون فیلد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="129"/>
        <source>✓ Fills in: {fields}</source>
        <translation>✓ تکمیل می‌کند: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="131"/>
        <source>Asks the agent: {questions}</source>
        <translation>از کارشناس می‌پرسد: {questions}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="133"/>
        <source>The caret goes to the cursor marker.</source>
        <translation>مکان‌نما در محل نشانه‌ی cursor قرار می‌گیرد.</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../../ui/core_messages.py" line="305"/>
        <source>Customer {id} does not exist (any more).</source>
        <translation>مشتری {id} وجود ندارد (یا دیگر وجود ندارد).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="306"/>
        <source>{name} is marked do-not-call: no callback can be promised. Offer another channel (e-mail) or ask a supervisor.</source>
        <translation>{name} با برچسب «تماس ممنوع» مشخص شده است: نمی‌توان وعده‌ی تماس برگشتی داد. کانال دیگری (ایمیل) پیشنهاد دهید یا از سرپرست کمک بخواهید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="309"/>
        <source>Callback {id} does not exist.</source>
        <translation>تماس برگشتی {id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="310"/>
        <source>Someone else took this callback a moment ago.</source>
        <translation>لحظه‌ای پیش شخص دیگری این تماس برگشتی را دریافت کرد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="312"/>
        <source>{name} is working on this callback right now.</source>
        <translation>{name} هم‌اکنون روی این تماس برگشتی کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="313"/>
        <source>This callback belongs to {owner}; ask a supervisor to reassign it.</source>
        <translation>این تماس برگشتی متعلق به {owner} است؛ از سرپرست بخواهید آن را مجدداً واگذار کند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="326"/>
        <source>This callback is no longer open.</source>
        <translation>این تماس برگشتی دیگر باز نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="329"/>
        <source>{n} of the selected callbacks were closed meanwhile; the list was refreshed and nothing was changed.</source>
        <translation>{n} مورد از تماس‌های برگشتی انتخاب‌شده در این فاصله بسته شدند؛ فهرست تازه‌سازی شد و هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="332"/>
        <source>You are not a member of that queue.</source>
        <translation>شما عضو آن صف نیستید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="333"/>
        <source>That agent does not exist or is disabled.</source>
        <translation>آن کارشناس وجود ندارد یا غیرفعال است.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="334"/>
        <source>That queue does not exist.</source>
        <translation>آن صف وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="339"/>
        <source>a name is required</source>
        <translation>نام الزامی است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="340"/>
        <source>“{code}” is not a two-letter country code such as TH or IR</source>
        <translation>«{code}» یک کد دوحرفی کشور مانند TH یا IR نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="341"/>
        <source>“{zone}” is not a time zone such as Asia/Tehran</source>
        <translation>«{zone}» یک منطقه‌ی زمانی مانند Asia/Tehran نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="342"/>
        <source>“{code}” is not a language code such as fa or th</source>
        <translation>«{code}» یک کد زبان مانند fa یا th نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="343"/>
        <source>a tag has at most {n} characters</source>
        <translation>هر برچسب حداکثر {n} نویسه دارد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="272"/>
        <source>at most {n} characters</source>
        <translation>حداکثر {n} نویسه</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="14"/>
        <source>Demo data needs at least {n} customers.</source>
        <translation>داده‌های نمایشی دست‌کم به {n} مشتری نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="15"/>
        <source>Callbacks per customer must be between {low} and {high}.</source>
        <translation>تعداد تماس‌های برگشتی هر مشتری باید بین {low} و {high} باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="16"/>
        <source>The database at {server} already has {n:,} customers: demo data goes into an empty database (give --db a new one).</source>
        <translation>پایگاه داده‌ی {server} از قبل {n:,} مشتری دارد: داده‌های نمایشی فقط در یک پایگاه داده‌ی خالی قرار می‌گیرد (با --db یک پایگاه داده‌ی جدید بدهید).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="17"/>
        <source>{first}; {rest}</source>
        <translation>{first}؛ {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="18"/>
        <source>{first}, {rest}</source>
        <translation>{first}، {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="19"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="20"/>
        <source>Please correct: {problems}.</source>
        <translation>لطفاً اصلاح کنید: {problems}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="21"/>
        <source>column name</source>
        <translation>نام ستون</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="22"/>
        <source>value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="23"/>
        <source>the line cannot be read as CSV ({problem})</source>
        <translation>این سطر را نمی‌توان به‌صورت CSV خواند ({problem})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="24"/>
        <source>the {what} contains a NUL character (a UTF-16 file without its byte-order mark, or a binary file?): save the file as “CSV UTF-8”</source>
        <translation>{what} شامل نویسه‌ی NUL است (شاید پرونده‌ی UTF-16 بدون نشانه‌ی ترتیب بایت، یا یک پرونده‌ی دودویی؟): پرونده را با قالب «CSV UTF-8» ذخیره کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="25"/>
        <source>a field is longer than {n:,} characters (often a quote that is never closed)</source>
        <translation>یک فیلد بیش از {n:,} نویسه دارد (اغلب به‌دلیل نقل‌قولی که هرگز بسته نشده است)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="26"/>
        <source>a quote inside a field is not doubled (write &quot;&quot; for a quote inside quotes)</source>
        <translation>یک نشانه‌ی نقل‌قول درون فیلد دوتایی نشده است (برای نقل‌قول درون نقل‌قول، &quot;&quot; بنویسید)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="27"/>
        <source>a quoted field is never closed</source>
        <translation>یک فیلد نقل‌قول‌دار هرگز بسته نشده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="28"/>
        <source>a line break inside a field that is not in quotes</source>
        <translation>شکست سطر درون فیلدی که در نقل‌قول نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="29"/>
        <source>the {what} has bytes that are not valid UTF-8 text: save the file as “CSV UTF-8” (or Excel&apos;s “Unicode text”) and import it again</source>
        <translation>{what} بایت‌هایی دارد که متن UTF-8 معتبر نیستند: پرونده را با قالب «CSV UTF-8» (یا «Unicode text» در Excel) ذخیره کنید و دوباره وارد کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="30"/>
        <source>“{phone}” is not a phone number in international form (+ and the country code): for national numbers give the row a country, or set the default region</source>
        <translation>«{phone}» شماره‌ی تلفن در قالب بین‌المللی (+ و پیش‌شماره‌ی کشور) نیست: برای شماره‌های داخلی، کشور سطر را تعیین کنید یا منطقه‌ی پیش‌فرض را تنظیم کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="31"/>
        <source>“{phone}” is not a phone number, in international form (+…) or for {region}</source>
        <translation>«{phone}» شماره‌ی تلفن نیست، نه در قالب بین‌المللی (+…) و نه برای {region}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="32"/>
        <source>“{phone}” is not a phone number</source>
        <translation>«{phone}» یک شماره‌ی تلفن نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="33"/>
        <source>account {account} is already in the database (a customer cannot be imported twice)</source>
        <translation>حساب {account} از قبل در پایگاه داده وجود دارد (یک مشتری را نمی‌توان دو بار وارد کرد)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="34"/>
        <source>the custom field “{name}”</source>
        <translation>فیلد سفارشی «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="35"/>
        <source>no column holds the account number: name one “account_no” (or “account”, “booking”), or map a column to account_no</source>
        <translation>هیچ ستونی شماره‌ی حساب را ندارد: نام یک ستون را «account_no» (یا «account»، «booking») بگذارید، یا یک ستون را به account_no نگاشت کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="36"/>
        <source>no column holds the customer&apos;s name: name one “full_name” (or “given_name” and “family_name”), or map a column to full_name</source>
        <translation>هیچ ستونی نام مشتری را ندارد: نام یک ستون را «full_name» (یا «given_name» و «family_name») بگذارید، یا یک ستون را به full_name نگاشت کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="37"/>
        <source>no column holds the customer&apos;s time zone: add a “time_zone” column with IANA names such as Europe/Tallinn or Asia/Bangkok</source>
        <translation>هیچ ستونی منطقه‌ی زمانی مشتری را ندارد: یک ستون «time_zone» با نام‌های IANA مانند Europe/Tallinn یا Asia/Bangkok اضافه کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="38"/>
        <source>{file} is empty or its first line cannot be read: the first line must name the columns (account_no, full_name, time_zone...).</source>
        <translation>{file} خالی است یا سطر نخست آن خوانده نمی‌شود: سطر نخست باید نام ستون‌ها را داشته باشد (account_no, full_name, time_zone...).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="39"/>
        <source>the line has {n} field where the header has {width}: a delimiter is missing or extra, or a quote is not closed</source>
        <translation>این سطر {n} فیلد دارد، در حالی که سرستون {width} فیلد دارد: یک جداکننده کم یا زیاد است، یا یک نقل‌قول بسته نشده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="40"/>
        <source>the line has {n} fields where the header has {width}: a delimiter is missing or extra, or a quote is not closed</source>
        <translation>این سطر {n} فیلد دارد، در حالی که سرستون {width} فیلد دارد: یک جداکننده کم یا زیاد است، یا یک نقل‌قول بسته نشده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="41"/>
        <source>the account number is missing</source>
        <translation>شماره‌ی حساب وارد نشده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="42"/>
        <source>an account number may have at most {n} characters</source>
        <translation>شماره‌ی حساب حداکثر {n} نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="43"/>
        <source>the customer&apos;s name is missing</source>
        <translation>نام مشتری وارد نشده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="44"/>
        <source>the time zone is missing: give an IANA name such as Europe/Tallinn or Asia/Bangkok</source>
        <translation>منطقه‌ی زمانی وارد نشده است: یک نام IANA مانند Europe/Tallinn یا Asia/Bangkok بدهید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="45"/>
        <source>“{language}” is not a language code: use one such as en, ru, th or pt-BR</source>
        <translation>«{language}» کد زبان نیست: کدی مانند en، ru، th یا pt-BR به کار ببرید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="46"/>
        <source>“{country}” is not a country code: use the two-letter ISO code such as GB, TH or RU</source>
        <translation>«{country}» کد کشور نیست: کد دوحرفی ISO مانند GB، TH یا RU به کار ببرید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="47"/>
        <source>“{value}” is not yes or no: use yes/no, true/false or 1/0</source>
        <translation>«{value}» نه yes است و نه no: از yes/no، true/false یا 1/0 استفاده کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="48"/>
        <source>the file is empty: its first line must name the columns (account_no, full_name, time_zone...)</source>
        <translation>پرونده خالی است: سطر نخست آن باید نام ستون‌ها را داشته باشد (account_no, full_name, time_zone...)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="49"/>
        <source>the header has no column “{column}” to map (its columns are {columns})</source>
        <translation>سرستون ستونی به نام «{column}» برای نگاشت ندارد (ستون‌های آن: {columns})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="50"/>
        <source>both “{first}” and “{second}” would fill {what}: map one of them to another field or to ignore</source>
        <translation>هر دو ستون «{first}» و «{second}» {what} را پر می‌کنند: یکی از آن‌ها را به فیلد دیگری نگاشت کنید یا نادیده بگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="51"/>
        <source>a custom field name may have at most {n} characters</source>
        <translation>نام فیلد سفارشی حداکثر {n} نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="52"/>
        <source>There is no file {path}: check the name and folder.</source>
        <translation>پرونده‌ی {path} وجود ندارد: نام و پوشه را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="53"/>
        <source>{path} is a folder: choose a CSV file.</source>
        <translation>{path} یک پوشه است: یک پرونده‌ی CSV انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="54"/>
        <source>Cannot read {path}: {problem}.</source>
        <translation>خواندن {path} ممکن نیست: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="55"/>
        <source>a given or family name may have at most {n} characters</source>
        <translation>نام یا نام خانوادگی حداکثر {n} نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="56"/>
        <source>the name contains control characters</source>
        <translation>نام شامل نویسه‌های کنترلی است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="57"/>
        <source>“{zone}” is not a time zone: use an IANA name such as Europe/Tallinn, America/New_York or Asia/Bangkok</source>
        <translation>«{zone}» منطقه‌ی زمانی نیست: یک نام IANA مانند Europe/Tallinn، America/New_York یا Asia/Bangkok به کار ببرید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="58"/>
        <source>the country is missing: add a “country” column with two-letter ISO codes such as GB, TH or RU, or give phone numbers in international form (+…)</source>
        <translation>کشور وارد نشده است: یک ستون «country» با کدهای دوحرفی ISO مانند GB، TH یا RU اضافه کنید، یا شماره‌تلفن‌ها را در قالب بین‌المللی (+…) بدهید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="59"/>
        <source>a custom field may have at most {n:,} characters</source>
        <translation>فیلد سفارشی حداکثر {n:,} نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="60"/>
        <source>the file has a header but no customers below it</source>
        <translation>پرونده سرستون دارد اما زیر آن هیچ مشتری‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="61"/>
        <source>a value in a column whose name in the header is empty: name the column or remove the value</source>
        <translation>مقداری در ستونی که نامش در سرستون خالی است: برای ستون نام بگذارید یا مقدار را حذف کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="62"/>
        <source>an account number may hold only letters, digits and . / # _</source>
        <translation>شماره‌ی حساب فقط می‌تواند شامل حروف، ارقام و . / # _ باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="63"/>
        <source>the name is too long (at most {n} characters, fewer for names in Cyrillic)</source>
        <translation>نام بیش از حد طولانی است (حداکثر {n} نویسه، و برای نام‌های سیریلیک کمتر)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="64"/>
        <source>a phone number may have at most {n} characters and no control characters</source>
        <translation>شماره‌ی تلفن حداکثر {n} نویسه می‌تواند داشته باشد و نباید نویسه‌ی کنترلی داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="65"/>
        <source>“{email}” is not an e-mail address</source>
        <translation>«{email}» یک نشانی ایمیل نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="66"/>
        <source>a tag may have at most {n} characters and no control characters</source>
        <translation>برچسب حداکثر {n} نویسه می‌تواند داشته باشد و نباید نویسه‌ی کنترلی داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="67"/>
        <source>Nothing was imported from {file}: one of its account numbers was added by someone else while the file was being imported. Import the file again to see which.</source>
        <translation>هیچ چیز از {file} وارد نشد: در حین وارد کردن پرونده، یکی از شماره‌های حساب آن توسط شخص دیگری افزوده شد. برای دیدن این‌که کدام بود، پرونده را دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="68"/>
        <source>account {account} is already on line {line} of this file</source>
        <translation>حساب {account} از قبل در سطر {line} همین پرونده آمده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="69"/>
        <source>The calendar could not be saved to “{path}” ({problem}). Choose another folder, or close the file if another program has it open.</source>
        <translation>تقویم را نمی‌توان در «{path}» ذخیره کرد ({problem}). پوشه‌ی دیگری انتخاب کنید، یا اگر برنامه‌ی دیگری پرونده را باز کرده است، آن را ببندید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="70"/>
        <source>set a new one with `agent-console crm set-token`</source>
        <translation>با `agent-console crm set-token` توکن جدیدی تعیین کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="71"/>
        <source>customer {id}</source>
        <translation>مشتری {id}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="72"/>
        <source>The CRM at {where} answered something this console cannot read: {what}. Go on without it, and tell the CRM administrator.</source>
        <translation>CRM در {where} پاسخی داد که این کنسول نمی‌تواند بخواند: {what}. بدون آن ادامه دهید و به مدیر CRM اطلاع دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="73"/>
        <source>The request to the CRM at {where} failed ({problem}); check the crm_url setting.</source>
        <translation>درخواست به CRM در {where} ناموفق بود ({problem})؛ تنظیم crm_url را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="74"/>
        <source>The CRM at {where} rejected the request (HTTP {code}): check the crm_url setting and that the CRM follows the console&apos;s contract (see the README).</source>
        <translation>CRM در {where} درخواست را رد کرد (HTTP {code}): تنظیم crm_url را بررسی کنید و مطمئن شوید که CRM از قرارداد کنسول پیروی می‌کند (README را ببینید).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="75"/>
        <source>The CRM token is empty or contains characters a token cannot have (spaces, line breaks, non-ASCII letters): {hint}.</source>
        <translation>توکن CRM خالی است یا نویسه‌هایی دارد که توکن نمی‌تواند داشته باشد (فاصله، شکست سطر، حروف غیر ASCII): {hint}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="76"/>
        <source>the answer has no &quot;customers&quot; list</source>
        <translation>پاسخ فهرست &quot;customers&quot; را ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="77"/>
        <source>customer #{n} is not an object</source>
        <translation>مشتری شماره‌ی {n} یک شیء نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="78"/>
        <source>customer #{n} has no &quot;id&quot;</source>
        <translation>مشتری شماره‌ی {n} مقدار &quot;id&quot; ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="79"/>
        <source>{who} has a name too long to store</source>
        <translation>{who} نامی دارد که برای ذخیره بیش از حد طولانی است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="80"/>
        <source>{who} has an id too long to use as an account number</source>
        <translation>{who} شناسه‌ای دارد که برای استفاده به‌عنوان شماره‌ی حساب بیش از حد طولانی است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="81"/>
        <source>{who} has the unknown time zone “{zone}” (IANA name expected)</source>
        <translation>{who} منطقه‌ی زمانی ناشناخته‌ی «{zone}» را دارد (نام IANA انتظار می‌رفت)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="82"/>
        <source>{who} has the language “{language}” (e.g. th, en-GB expected)</source>
        <translation>{who} زبان «{language}» را دارد (کدی مانند th یا en-GB انتظار می‌رفت)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="83"/>
        <source>{who} has the country “{country}” (ISO 3166 code expected)</source>
        <translation>{who} کشور «{country}» را دارد (کد ISO 3166 انتظار می‌رفت)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="84"/>
        <source>{who} has a tag longer than {n} characters</source>
        <translation>{who} برچسبی طولانی‌تر از {n} نویسه دارد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="85"/>
        <source>{who} has &quot;fields&quot; that are not an object of text, numbers or true/false</source>
        <translation>{who} مقدار &quot;fields&quot; دارد که شیئی از متن، عدد یا true/false نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="86"/>
        <source>The crm_url setting “{url}” is not a web address: use https://crm.example.com/api (`agent-console settings set crm_url …`).</source>
        <translation>تنظیم crm_url با مقدار «{url}» یک نشانی وب نیست: از https://crm.example.com/api استفاده کنید (`agent-console settings set crm_url …`).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="87"/>
        <source>The crm_url setting must not contain ? or #: give the API&apos;s base address.</source>
        <translation>تنظیم crm_url نباید شامل ? یا # باشد: نشانی پایه‌ی API را بدهید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="88"/>
        <source>The crm_url setting must not contain a user name or password: the CRM token is kept in the keyring (`agent-console crm set-token`).</source>
        <translation>تنظیم crm_url نباید شامل نام کاربری یا گذرواژه باشد: توکن CRM در دسته‌کلید نگه داشته می‌شود (`agent-console crm set-token`).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="89"/>
        <source>The crm_timeout_s setting must be more than 0 seconds, not {seconds}.</source>
        <translation>تنظیم crm_timeout_s باید بیش از ۰ ثانیه باشد، نه {seconds}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="90"/>
        <source>No CRM token is stored on this computer: set one with `agent-console crm set-token`.</source>
        <translation>هیچ توکن CRM در این رایانه ذخیره نشده است: با `agent-console crm set-token` یکی تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="91"/>
        <source>The CRM at {where} did not answer within {seconds} s; go on without it, or try again later.</source>
        <translation>CRM در {where} ظرف {seconds} ثانیه پاسخ نداد؛ بدون آن ادامه دهید یا بعداً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="92"/>
        <source>The CRM at {where} did not present a trusted certificate; check the crm_url setting (https address) with your administrator.</source>
        <translation>CRM در {where} گواهی معتبری ارائه نکرد؛ تنظیم crm_url (نشانی https) را با مدیر سیستم خود بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="93"/>
        <source>Cannot reach the CRM at {where}; check the network and the crm_url setting.</source>
        <translation>دسترسی به CRM در {where} ممکن نیست؛ شبکه و تنظیم crm_url را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="94"/>
        <source>The CRM refused the token: {hint}.</source>
        <translation>CRM توکن را نپذیرفت: {hint}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="95"/>
        <source>The CRM token may not look up customers: ask the CRM administrator for its rights, or {hint}.</source>
        <translation>توکن CRM اجازه‌ی جست‌وجوی مشتریان را ندارد: از مدیر CRM بخواهید دسترسی‌های لازم را به آن بدهد، یا {hint}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="96"/>
        <source>The CRM at {where} has a problem (HTTP {code} after {n} attempts); go on without it, or try again later.</source>
        <translation>CRM در {where} مشکل دارد (HTTP {code} پس از {n} تلاش)؛ بدون آن ادامه دهید یا بعداً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="97"/>
        <source>The CRM at {where} has a problem (HTTP {code}); go on without it, or try again later.</source>
        <translation>CRM در {where} مشکل دارد (HTTP {code})؛ بدون آن ادامه دهید یا بعداً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="98"/>
        <source>The CRM at {where} has no /{path} address (HTTP 404): check the crm_url setting.</source>
        <translation>CRM در {where} نشانی /{path} را ندارد (HTTP 404): تنظیم crm_url را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="99"/>
        <source>{who} has no usable &quot;{key}&quot; (text expected)</source>
        <translation>{who} مقدار قابل‌استفاده‌ای برای &quot;{key}&quot; ندارد (متن انتظار می‌رفت)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="100"/>
        <source>{who} has a &quot;{key}&quot; longer than {n} characters</source>
        <translation>{who} مقداری برای &quot;{key}&quot; دارد که بیش از {n} نویسه است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="101"/>
        <source>{who} has no usable &quot;{key}&quot; (a list of text expected)</source>
        <translation>{who} مقدار قابل‌استفاده‌ای برای &quot;{key}&quot; ندارد (فهرستی از متن انتظار می‌رفت)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="102"/>
        <source>{who} has the phone “{phone}”, not in international form (+…)</source>
        <translation>{who} تلفن «{phone}» را دارد که در قالب بین‌المللی (+…) نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="103"/>
        <source>{who} has the e-mail “{email}”, not an address</source>
        <translation>{who} ایمیل «{email}» را دارد که یک نشانی نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="104"/>
        <source>The CRM at {where} answered something this console cannot read (not JSON). Go on without it, and tell the CRM administrator.</source>
        <translation>CRM در {where} پاسخی داد که این کنسول نمی‌تواند بخواند (JSON نیست). بدون آن ادامه دهید و به مدیر CRM اطلاع دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="105"/>
        <source>“{scheme}” is not a way to dial this console knows: choose tel, sip or callto in Settings → Telephony.</source>
        <translation>«{scheme}» روشی برای شماره‌گیری نیست که این کنسول بشناسد: در تنظیمات ← تلفن، tel، sip یا callto را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="106"/>
        <source>The dial command “{program}” failed (exit code {code}): {reason}. Check that your softphone is running and signed in, and the command in Settings → Telephony.</source>
        <translation>فرمان شماره‌گیری «{program}» ناموفق بود (کد خروج {code}): {reason}. بررسی کنید که تلفن نرم‌افزاری شما در حال اجرا و وارد سیستم شده باشد، و فرمان را در تنظیمات ← تلفن بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="107"/>
        <source>The dial command “{program}” failed (exit code {code}) and printed no reason. Check that your softphone is running and signed in, and the command in Settings → Telephony.</source>
        <translation>فرمان شماره‌گیری «{program}» ناموفق بود (کد خروج {code}) و دلیلی اعلام نکرد. بررسی کنید که تلفن نرم‌افزاری شما در حال اجرا و وارد سیستم شده باشد، و فرمان را در تنظیمات ← تلفن بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="108"/>
        <source>“{phone}” cannot be dialled: a number must be + and the country code, 8 to 15 digits in all, with nothing else. Correct the customer&apos;s phone number.</source>
        <translation>«{phone}» را نمی‌توان شماره‌گیری کرد: شماره باید با + و پیش‌شماره‌ی کشور باشد، در مجموع ۸ تا ۱۵ رقم، و هیچ چیز دیگری نداشته باشد. شماره‌ی تلفن مشتری را اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="109"/>
        <source>The dial command must start with the program to run: correct it in Settings → Telephony.</source>
        <translation>فرمان شماره‌گیری باید با برنامه‌ای که اجرا می‌شود آغاز شود: آن را در تنظیمات ← تلفن اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="110"/>
        <source>The dial command “{command}” must start with the program to run, then its arguments with {{number}}: correct it in Settings → Telephony.</source>
        <translation>فرمان شماره‌گیری «{command}» باید با برنامه‌ای که اجرا می‌شود آغاز شود و سپس آرگومان‌های آن همراه با {{number}} بیاید: آن را در تنظیمات ← تلفن اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="111"/>
        <source>The dial command “{command}” does not say where the number goes: add {{number}} (or {{number_digits}} for the number without +) in Settings → Telephony.</source>
        <translation>فرمان شماره‌گیری «{command}» مشخص نمی‌کند شماره کجا قرار می‌گیرد: در تنظیمات ← تلفن، {{number}} (یا {{number_digits}} برای شماره‌ی بدون +) را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="112"/>
        <source>Dialling {phone} with your softphone…</source>
        <translation>در حال شماره‌گیری {phone} با تلفن نرم‌افزاری شما…</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="113"/>
        <source>Dialling by SIP needs your phone system&apos;s domain (such as pbx.example.com): enter it in Settings → Telephony.</source>
        <translation>شماره‌گیری از طریق SIP به دامنه‌ی سیستم تلفن شما (مانند pbx.example.com) نیاز دارد: آن را در تنظیمات ← تلفن وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="114"/>
        <source>“{domain}” is not a SIP domain: enter only the host name of your phone system, such as pbx.example.com, in Settings → Telephony.</source>
        <translation>«{domain}» یک دامنه‌ی SIP نیست: در تنظیمات ← تلفن فقط نام میزبان سیستم تلفن خود، مانند pbx.example.com، را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="115"/>
        <source>Dialling {phone} via {domain}…</source>
        <translation>در حال شماره‌گیری {phone} از طریق {domain}…</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="116"/>
        <source>Dialling {phone}…</source>
        <translation>در حال شماره‌گیری {phone}…</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="117"/>
        <source>The dial command “{command}” has a quote that is never closed: correct it in Settings → Telephony.</source>
        <translation>فرمان شماره‌گیری «{command}» نقل‌قولی دارد که هرگز بسته نشده است: آن را در تنظیمات ← تلفن اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="118"/>
        <source>The dial command “{program}” was not found: check Settings → Telephony.</source>
        <translation>فرمان شماره‌گیری «{program}» یافت نشد: تنظیمات ← تلفن را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="119"/>
        <source>The dial command “{program}” may not be run (permission denied): check Settings → Telephony, or ask IT to allow the program.</source>
        <translation>اجازه‌ی اجرای فرمان شماره‌گیری «{program}» وجود ندارد (دسترسی رد شد): تنظیمات ← تلفن را بررسی کنید، یا از واحد IT بخواهید اجرای این برنامه را مجاز کند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="120"/>
        <source>The dial command “{program}” could not be started ({problem}): check Settings → Telephony.</source>
        <translation>فرمان شماره‌گیری «{program}» اجرا نشد ({problem}): تنظیمات ← تلفن را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="121"/>
        <source>The pop must be a JSON object such as {&quot;phone&quot;: &quot;+4930123456&quot;}.</source>
        <translation>درخواست نمایش خودکار تماس باید یک شیء JSON مانند {&quot;phone&quot;: &quot;+4930123456&quot;} باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="122"/>
        <source>The pop needs a phone number in the field “phone”.</source>
        <translation>درخواست نمایش خودکار تماس به یک شماره‌تلفن در فیلد «phone» نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="123"/>
        <source>“{phone}” is not a phone number: start it with + and the country code, or give a national number for {region}.</source>
        <translation>«{phone}» شماره‌ی تلفن نیست: آن را با + و پیش‌شماره‌ی کشور آغاز کنید، یا یک شماره‌ی داخلی برای {region} بدهید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="124"/>
        <source>“{phone}” is not a phone number: start it with + and the country code.</source>
        <translation>«{phone}» شماره‌ی تلفن نیست: آن را با + و پیش‌شماره‌ی کشور آغاز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="125"/>
        <source>The field “{name}” must be text.</source>
        <translation>فیلد «{name}» باید متن باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="126"/>
        <source>The field “{name}” is longer than {n} characters.</source>
        <translation>فیلد «{name}» بیش از {n} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="127"/>
        <source>The screen-pop listener only binds to {loopback} (this computer), not “{host}”.</source>
        <translation>شنونده‌ی نمایش خودکار تماس فقط به {loopback} (همین رایانه) متصل می‌شود، نه «{host}».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="128"/>
        <source>The screen-pop listener needs a token.</source>
        <translation>شنونده‌ی نمایش خودکار تماس به یک توکن نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="129"/>
        <source>Port {port} is not a TCP port: use 1–65535, or 0 for any.</source>
        <translation>پورت {port} یک پورت TCP نیست: عددی از ۱ تا ۶۵۵۳۵ به کار ببرید، یا ۰ برای هر پورتی.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="130"/>
        <source>The screen-pop listener cannot use port {port} on {host} ({problem}); choose another with agent-console settings set pop_listener_port PORT (0 = any free port).</source>
        <translation>شنونده‌ی نمایش خودکار تماس نمی‌تواند از پورت {port} روی {host} استفاده کند ({problem})؛ با agent-console settings set pop_listener_port PORT پورت دیگری انتخاب کنید (۰ = هر پورت آزاد).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="131"/>
        <source>Please fill in: {fields}.</source>
        <translation>لطفاً تکمیل کنید: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="132"/>
        <source>TLS mode must be one of {modes}.</source>
        <translation>حالت TLS باید یکی از {modes} باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="133"/>
        <source>TLS mode {mode} checks the server&apos;s certificate: choose the CA file that signed it.</source>
        <translation>حالت TLS {mode} گواهی سرور را بررسی می‌کند: پرونده‌ی CA را که آن را امضا کرده است انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="134"/>
        <source>server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="135"/>
        <source>database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="136"/>
        <source>user</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="137"/>
        <source>“{phone}” is not a phone number: use international form (+…) or a national number for {region}.</source>
        <translation>«{phone}» شماره‌ی تلفن نیست: قالب بین‌المللی (+…) یا یک شماره‌ی داخلی برای {region} به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="138"/>
        <source>No calling windows given: write it like “{example}”.</source>
        <translation>هیچ بازه‌ی مجاز تماسی داده نشده است: آن را مانند «{example}» بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="139"/>
        <source>{date} {time} happens twice in {zone}: the clocks go back from {from_time} to {to_time}. Choose the first {time} ({first_offset}) or the second {time} ({second_offset}).</source>
        <translation>{date} {time} در {zone} دو بار رخ می‌دهد: ساعت‌ها از {from_time} به {to_time} عقب کشیده می‌شوند. {time} اول ({first_offset}) یا {time} دوم ({second_offset}) را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="140"/>
        <source>{date} {time} does not exist in {zone}: the clocks jump from {from_time} to {to_time}. Choose {earlier} or {later}.</source>
        <translation>{date} {time} در {zone} وجود ندارد: ساعت‌ها از {from_time} به {to_time} جلو کشیده می‌شوند. {earlier} یا {later} را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="141"/>
        <source>{day} {time} ({offset})</source>
        <translation>{day} {time} ({offset})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="142"/>
        <source>The earliest time you can call is {start} ({zone}).</source>
        <translation>زودترین زمانی که می‌توانید تماس بگیرید {start} ({zone}) است.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="143"/>
        <source>We will call you on {date} between {start} and {end} your time ({zone}).</source>
        <translation>در تاریخ {date} بین ساعت {start} تا {end} به وقت شما ({zone}) با شما تماس خواهیم گرفت.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="144"/>
        <source>“{part}” is not a window: write it like “{example}”.</source>
        <translation>«{part}» یک بازه نیست: آن را مانند «{example}» بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="145"/>
        <source>{time} ({offset})</source>
        <translation>{time} ({offset})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="146"/>
        <source>Nothing is open in the next {days} days: check the customer&apos;s calling hours.</source>
        <translation>در {days} روز آینده هیچ بازه‌ای باز نیست: ساعات مجاز تماس با مشتری را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="147"/>
        <source>The next calling window opens {start} ({zone}).</source>
        <translation>بازه‌ی مجاز تماس بعدی از {start} ({zone}) آغاز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="148"/>
        <source>We will call you today between {start} and {end} your time ({zone}).</source>
        <translation>امروز بین ساعت {start} تا {end} به وقت شما ({zone}) با شما تماس خواهیم گرفت.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="149"/>
        <source>We will call you tomorrow between {start} and {end} your time ({zone}).</source>
        <translation>فردا بین ساعت {start} تا {end} به وقت شما ({zone}) با شما تماس خواهیم گرفت.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="150"/>
        <source>In “{part}”, “{name}” is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun, and write it like “{example}”.</source>
        <translation>در «{part}»، «{name}» یک روز نیست: از Mon، Tue، Wed، Thu، Fri، Sat یا Sun استفاده کنید و آن را مانند «{example}» بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="151"/>
        <source>“{part}” ends at 24:00: end the window at 23:59 instead (windows cannot cross midnight).</source>
        <translation>«{part}» در 24:00 پایان می‌یابد: به‌جای آن، بازه را در 23:59 به پایان برسانید (بازه‌ها نمی‌توانند از نیمه‌شب بگذرند).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="152"/>
        <source>“{part}” has the impossible time {time}: hours go from 00 to 23 and minutes from 00 to 59, e.g. “{example}”.</source>
        <translation>«{part}» زمان ناممکن {time} را دارد: ساعت از ۰۰ تا ۲۳ و دقیقه از ۰۰ تا ۵۹ است، مثلاً «{example}».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="153"/>
        <source>The callback must end after it starts: pick a later end time.</source>
        <translation>تماس برگشتی باید پس از شروع به پایان برسد: زمان پایان دیرتری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="154"/>
        <source>{start} ({zone}) is in the past. {offer}</source>
        <translation>{start} ({zone}) گذشته است. {offer}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="155"/>
        <source>{date} is a public holiday in {country} ({holiday}). {offer}</source>
        <translation>{date} در {country} تعطیل رسمی است ({holiday}). {offer}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="156"/>
        <source>none set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="157"/>
        <source>{start}-{end} ({zone}) is outside the customer&apos;s calling hours ({hours}). {offer}</source>
        <translation>{start} تا {end} ({zone}) خارج از ساعات مجاز تماس با مشتری ({hours}) است. {offer}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="158"/>
        <source>{later} overlaps {earlier}: make them one window or move one of them.</source>
        <translation>{later} با {earlier} هم‌پوشانی دارد: آن‌ها را یک بازه کنید یا یکی را جابه‌جا کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="159"/>
        <source>“{part}” ends before it starts: a window must end later the same day. To call across midnight, split it in two, e.g. “Fri 20:00-23:59; Sat 00:00-01:00”.</source>
        <translation>«{part}» پیش از شروع به پایان می‌رسد: بازه باید دیرتر در همان روز پایان یابد. برای تماس در طول نیمه‌شب، آن را به دو بازه تقسیم کنید، مثلاً «Fri 20:00-23:59; Sat 00:00-01:00».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="160"/>
        <source>Unknown time zone “{zone}”: use an IANA name such as Europe/Tallinn.</source>
        <translation>منطقه‌ی زمانی ناشناخته‌ی «{zone}»: یک نام IANA مانند Europe/Tallinn به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="161"/>
        <source>cursor marks where the caret goes; use it alone: {{ cursor }}</source>
        <translation>cursor محل قرار گرفتن مکان‌نما را مشخص می‌کند؛ آن را به‌تنهایی به کار ببرید: {{ cursor }}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="162"/>
        <source>Expecting value</source>
        <translation>یک مقدار انتظار می‌رفت</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="163"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>جداکننده‌ی &apos;,&apos; انتظار می‌رفت</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="164"/>
        <source>{what} is not allowed in scripts</source>
        <translation>{what} در متن‌های آماده مجاز نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="165"/>
        <source>script &apos;{key}&apos;: {field}: {problem}</source>
        <translation>متن آماده‌ی &apos;{key}&apos;: {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="166"/>
        <source>first name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="167"/>
        <source>last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="168"/>
        <source>full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="169"/>
        <source>account number</source>
        <translation>شماره‌ی حساب</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="170"/>
        <source>phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="171"/>
        <source>e-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="172"/>
        <source>language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="173"/>
        <source>country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="174"/>
        <source>customer&apos;s local time</source>
        <translation>ساعت محلی مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="175"/>
        <source>customer&apos;s local date</source>
        <translation>تاریخ محلی مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="176"/>
        <source>agent&apos;s name</source>
        <translation>نام کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="177"/>
        <source>agent&apos;s first name</source>
        <translation>نام کوچک کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="178"/>
        <source>callback promise</source>
        <translation>وعده‌ی تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="179"/>
        <source>callback window</source>
        <translation>بازه‌ی تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="180"/>
        <source>callback queue</source>
        <translation>صف تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="181"/>
        <source>incident name</source>
        <translation>نام اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="182"/>
        <source>incident facts</source>
        <translation>اطلاعات اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="183"/>
        <source>incident standards</source>
        <translation>تعهدات اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="184"/>
        <source>incident update time</source>
        <translation>زمان به‌روزرسانی اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="185"/>
        <source>line {line}: {problem}</source>
        <translation>سطر {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="186"/>
        <source>a {% for %} loop</source>
        <translation>حلقه‌ی {% for %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="187"/>
        <source>{% set %}</source>
        <translation>{% set %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="188"/>
        <source>a {% macro %}</source>
        <translation>ماکروی {% macro %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="189"/>
        <source>a {% call %} block</source>
        <translation>بلوک {% call %}</translation>
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
        <translation>بلوک {% block %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="195"/>
        <source>a {% filter %} block</source>
        <translation>بلوک {% filter %}</translation>
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
        <translation>اندیس‌گذاری ([…])</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="202"/>
        <source>a slice</source>
        <translation>برش (slice)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="203"/>
        <source>an inline if … else (use {% if %} … {% endif %})</source>
        <translation>if … else درون‌خطی (از {% if %} … {% endif %} استفاده کنید)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="204"/>
        <source>a comparison</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="205"/>
        <source>a test (is …)</source>
        <translation>آزمون (is …)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="206"/>
        <source>joining with ~</source>
        <translation>الحاق با ~</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="207"/>
        <source>a tuple</source>
        <translation>چندتایی (tuple)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="208"/>
        <source>a list</source>
        <translation>فهرست (list)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="209"/>
        <source>a dict</source>
        <translation>دیکشنری (dict)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="210"/>
        <source>a function call (only ask(&quot;…&quot;) is allowed)</source>
        <translation>فراخوانی تابع (فقط ask(&quot;…&quot;) مجاز است)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="211"/>
        <source>a literal value (write the text outside {{ }})</source>
        <translation>مقدار لفظی (متن را بیرون از {{ }} بنویسید)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="212"/>
        <source>arithmetic ({operator})</source>
        <translation>عملیات حسابی ({operator})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="213"/>
        <source>the text has {length:,} characters; a script has at most {n:,}</source>
        <translation>متن {length:,} نویسه دارد؛ متن آماده حداکثر {n:,} نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="214"/>
        <source>script &apos;{key}&apos;, variant &apos;{language}&apos;: {problem}</source>
        <translation>متن آماده‌ی &apos;{key}&apos;، زبان &apos;{language}&apos;: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="215"/>
        <source>the file is larger than {n:,} bytes</source>
        <translation>پرونده بزرگ‌تر از {n:,} بایت است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="216"/>
        <source>the file must be an object: {{&quot;format&quot;: &quot;{format}&quot;, &quot;scripts&quot;: […]}}</source>
        <translation>پرونده باید یک شیء باشد: {{&quot;format&quot;: &quot;{format}&quot;, &quot;scripts&quot;: […]}}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="217"/>
        <source>&quot;format&quot; must be &quot;{format}&quot;</source>
        <translation>&quot;format&quot; باید &quot;{format}&quot; باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="218"/>
        <source>script &apos;{key}&apos;</source>
        <translation>متن آماده‌ی &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="219"/>
        <source>script {n}</source>
        <translation>متن آماده‌ی شماره‌ی {n}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="220"/>
        <source>{script}: “retired” is true or false</source>
        <translation>{script}: «retired» باید true یا false باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="221"/>
        <source>This script cannot be used: {problems}.</source>
        <translation>این متن آماده قابل استفاده نیست: {problems}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="222"/>
        <source>“{operator}” outside {{% if %}}</source>
        <translation>«{operator}» بیرون از {{% if %}}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="223"/>
        <source>arithmetic (unary {operator})</source>
        <translation>عملیات حسابی (یکانی {operator})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="224"/>
        <source>“{text}” is a sequence of keys; give one combination like Ctrl+Alt+L</source>
        <translation>«{text}» دنباله‌ای از کلیدهاست؛ یک ترکیب مانند Ctrl+Alt+L بدهید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="225"/>
        <source>the + key cannot be a shortcut key</source>
        <translation>کلید + نمی‌تواند کلید میان‌بر باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="226"/>
        <source>“{text}” has an empty part; write it like Ctrl+Alt+L</source>
        <translation>«{text}» بخشی خالی دارد؛ آن را مانند Ctrl+Alt+L بنویسید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="227"/>
        <source>“{text}” would type text; add Ctrl, Alt or Meta (e.g. Ctrl+Alt+{key})</source>
        <translation>«{text}» متن تایپ می‌کند؛ Ctrl، Alt یا Meta را اضافه کنید (مثلاً Ctrl+Alt+{key})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="228"/>
        <source>{shortcut} is reserved (Alt+1…9 insert favourites; Ctrl+A/C/V/X/Y/Z edit text)</source>
        <translation>{shortcut} رزرو شده است (Alt+1…9 برای درج برگزیده‌ها؛ Ctrl+A/C/V/X/Y/Z برای ویرایش متن)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="229"/>
        <source>not valid JSON: {problem}</source>
        <translation>JSON معتبر نیست: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="230"/>
        <source>{script}, variant &apos;{language}&apos;</source>
        <translation>{script}، زبان &apos;{language}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="231"/>
        <source>a {% filter %} block is not allowed in scripts</source>
        <translation>بلوک {% filter %} در متن‌های آماده مجاز نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="232"/>
        <source>the filter “{name}” is not allowed (use upper, lower, title or default(&quot;…&quot;))</source>
        <translation>فیلتر «{name}» مجاز نیست (از upper، lower، title یا default(&quot;…&quot;) استفاده کنید)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="233"/>
        <source>ask takes one question in quotes: ask(&quot;Refund amount&quot;)</source>
        <translation>ask یک پرسش درون نقل‌قول می‌گیرد: ask(&quot;Refund amount&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="234"/>
        <source>ask needs a question: ask(&quot;Refund amount&quot;)</source>
        <translation>ask به یک پرسش نیاز دارد: ask(&quot;Refund amount&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="235"/>
        <source>ask must be called with a question: ask(&quot;Refund amount&quot;)</source>
        <translation>ask باید با یک پرسش فراخوانی شود: ask(&quot;Refund amount&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="236"/>
        <source>the template does not parse: {problem}</source>
        <translation>قالب تجزیه نمی‌شود: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="237"/>
        <source>the template does not parse: syntax error</source>
        <translation>قالب تجزیه نمی‌شود: خطای نحوی</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="238"/>
        <source>{count} placeholders; a script has at most {n}</source>
        <translation>{count} جای‌نگهدار؛ متن آماده حداکثر {n} جای‌نگهدار می‌تواند داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="239"/>
        <source>“{text}” is not a modifier (use Ctrl, Alt, Shift or Meta)</source>
        <translation>«{text}» کلید تغییردهنده نیست (از Ctrl، Alt، Shift یا Meta استفاده کنید)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="240"/>
        <source>{key} is given twice</source>
        <translation>{key} دو بار آمده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="241"/>
        <source>lower-case letters, digits, - and _ (at most {n}), such as latte or callback-promise</source>
        <translation>حروف کوچک، ارقام، - و _ (حداکثر {n})، مانند latte یا callback-promise</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="242"/>
        <source>a script needs at least one language</source>
        <translation>متن آماده باید دست‌کم یک زبان داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="243"/>
        <source>“{language}” has no variant (give one of {languages})</source>
        <translation>«{language}» نسخه‌ای ندارد (یکی از {languages} را بدهید)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="244"/>
        <source>Extra data after the document</source>
        <translation>داده‌ی اضافی پس از پایان سند</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="245"/>
        <source>version {version} is not supported (this program reads version {supported})</source>
        <translation>نسخه‌ی {version} پشتیبانی نمی‌شود (این برنامه نسخه‌ی {supported} را می‌خواند)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="246"/>
        <source>&quot;scripts&quot; must be a list of scripts</source>
        <translation>&quot;scripts&quot; باید فهرستی از متن‌های آماده باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="247"/>
        <source>{script}: “queues” must be a list of queue names</source>
        <translation>{script}: «queues» باید فهرستی از نام صف‌ها باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="248"/>
        <source>{script}: “variants” must map languages to texts: {{&quot;en&quot;: {{&quot;body&quot;: &quot;…&quot;}}}}</source>
        <translation>{script}: «variants» باید زبان‌ها را به متن‌ها نگاشت کند: {{&quot;en&quot;: {{&quot;body&quot;: &quot;…&quot;}}}}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="249"/>
        <source>{{ cursor }} may appear only once</source>
        <translation>{{ cursor }} فقط یک بار می‌تواند بیاید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="250"/>
        <source>the filter “{name}” takes no extra arguments here</source>
        <translation>فیلتر «{name}» در اینجا آرگومان اضافی نمی‌گیرد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="251"/>
        <source>a question has at most {n} characters</source>
        <translation>پرسش حداکثر {n} نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="252"/>
        <source>a literal</source>
        <translation>مقدار لفظی</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="253"/>
        <source>attribute lookup (.{attribute}) on {what} is not allowed</source>
        <translation>دسترسی به ویژگی (.{attribute}) روی {what} مجاز نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="254"/>
        <source>“{text}” is not a key (a letter, a digit, F1–F35 or a named key such as Space or PgUp)</source>
        <translation>«{text}» یک کلید نیست (یک حرف، یک رقم، F1–F35 یا کلیدی با نام مانند Space یا PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="255"/>
        <source>a title is required</source>
        <translation>عنوان الزامی است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="256"/>
        <source>“{language}” is not a language code such as en, th, ru or fa</source>
        <translation>«{language}» کد زبانی مانند en، th، ru یا fa نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="257"/>
        <source>{language} is given twice</source>
        <translation>{language} دو بار آمده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="258"/>
        <source>the title has at most {n} characters</source>
        <translation>عنوان حداکثر {n} نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="259"/>
        <source>the text is empty</source>
        <translation>متن خالی است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="260"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>نام ویژگی درون نقل‌قول دوتایی انتظار می‌رفت</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="261"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>جداکننده‌ی &apos;:&apos; انتظار می‌رفت</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="262"/>
        <source>the key “{key}” is given twice</source>
        <translation>کلید «{key}» دو بار آمده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="263"/>
        <source>unknown key “{key}”</source>
        <translation>کلید ناشناخته‌ی «{key}»</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="264"/>
        <source>script &apos;{key}&apos; is given twice (first on line {line})</source>
        <translation>متن آماده‌ی &apos;{key}&apos; دو بار آمده است (نخستین بار در سطر {line})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="265"/>
        <source>script {n} must be an object</source>
        <translation>متن آماده‌ی شماره‌ی {n} باید یک شیء باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="266"/>
        <source>{script}: “{key}” is required</source>
        <translation>{script}: «{key}» الزامی است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="267"/>
        <source>{script}: “{key}” must be text</source>
        <translation>{script}: «{key}» باید متن باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="268"/>
        <source>{script}: unknown key “{key}” (known: {known})</source>
        <translation>{script}: کلید ناشناخته‌ی «{key}» (کلیدهای شناخته‌شده: {known})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="269"/>
        <source>unknown name “{name}” (use customer, agent, callback, incident, ask(&quot;…&quot;) or cursor)</source>
        <translation>نام ناشناخته‌ی «{name}» (از customer، agent، callback، incident، ask(&quot;…&quot;) یا cursor استفاده کنید)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="270"/>
        <source>{what} in {{% if %}} is not allowed (test a field: {{% if customer.email %}})</source>
        <translation>{what} در {{% if %}} مجاز نیست (یک فیلد را بیازمایید: {{% if customer.email %}})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="271"/>
        <source>contains a reserved character</source>
        <translation>شامل یک نویسه‌ی رزروشده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="273"/>
        <source>not valid JSON: nested too deeply</source>
        <translation>JSON معتبر نیست: تودرتویی بیش از حد عمیق است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="274"/>
        <source>script &apos;{key}&apos;: shortcut {shortcut} is also script &apos;{other}&apos;s</source>
        <translation>متن آماده‌ی &apos;{key}&apos;: میان‌بر {shortcut} متعلق به متن آماده‌ی &apos;{other}&apos; نیز هست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="275"/>
        <source>{script}: “body” must be text or a list of lines</source>
        <translation>{script}: «body» باید متن یا فهرستی از سطرها باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="276"/>
        <source>default needs one text in quotes: default(&quot;there&quot;)</source>
        <translation>default به یک متن درون نقل‌قول نیاز دارد: default(&quot;there&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="277"/>
        <source>the filter “{name}” takes no arguments</source>
        <translation>فیلتر «{name}» آرگومانی نمی‌گیرد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="278"/>
        <source>customer.fields needs a field name: customer.fields.departure_date</source>
        <translation>customer.fields به نام یک فیلد نیاز دارد: customer.fields.departure_date</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="279"/>
        <source>a default text has at most {n} characters</source>
        <translation>متن پیش‌فرض حداکثر {n} نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="280"/>
        <source>unknown field {name}</source>
        <translation>فیلد ناشناخته‌ی {name}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="281"/>
        <source>This computer has no usable password store (keyring), so the secret cannot be remembered; enter it each time, or install and unlock a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</source>
        <translation>این رایانه محل ذخیره‌ی گذرواژه‌ی قابل‌استفاده‌ای (دسته‌کلید) ندارد، بنابراین این رمز را نمی‌توان به خاطر سپرد؛ هر بار آن را وارد کنید، یا یک دسته‌کلید (GNOME Keyring، KWallet، macOS Keychain، Windows Credential Manager) نصب کنید و قفل آن را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="282"/>
        <source>reached</source>
        <translation>تماس موفق</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="283"/>
        <source>no answer</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="284"/>
        <source>busy</source>
        <translation>اشغال</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="285"/>
        <source>voicemail left</source>
        <translation>پیام صوتی گذاشته شد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="286"/>
        <source>wrong number</source>
        <translation>شماره‌ی اشتباه</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="287"/>
        <source>asked to reschedule</source>
        <translation>درخواست تغییر زمان</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="288"/>
        <source>pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="289"/>
        <source>claimed</source>
        <translation>در حال انجام</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="290"/>
        <source>kept</source>
        <translation>عمل‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="291"/>
        <source>broken</source>
        <translation>عمل‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="292"/>
        <source>failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="293"/>
        <source>cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="294"/>
        <source>choose a time, as soon as possible, or their next calling window</source>
        <translation>یک زمان مشخص، «در اولین فرصت» یا بازه‌ی مجاز بعدی تماس با او را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="295"/>
        <source>me or a queue</source>
        <translation>خودم یا یک صف</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="296"/>
        <source>between {low} and {high} minutes</source>
        <translation>بین {low} و {high} دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="297"/>
        <source>pick a date and time in the customer&apos;s time</source>
        <translation>تاریخ و ساعتی را به وقت مشتری انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="298"/>
        <source>someone</source>
        <translation>شخصی</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="299"/>
        <source>This callback was changed by {name} at {time} UTC while you had it open: reload to see it. Your note is kept.</source>
        <translation>این تماس برگشتی در حالی که آن را باز کرده بودید، توسط {name} در ساعت {time} UTC تغییر کرد: برای دیدن آن، دوباره بارگیری کنید. یادداشت شما نگه داشته شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="300"/>
        <source>say why (it is shown to your supervisor)</source>
        <translation>دلیل را بنویسید (به سرپرست شما نمایش داده می‌شود)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="301"/>
        <source>between {low} and {high}</source>
        <translation>بین {low} و {high}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="302"/>
        <source>“{text}” is not a retry policy: write steps like “+15m,+1h,next_window” (minutes m, hours h, days d, or next_window)</source>
        <translation>«{text}» یک سیاست تلاش مجدد نیست: گام‌ها را مانند «+15m,+1h,next_window» بنویسید (دقیقه m، ساعت h، روز d، یا next_window)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="303"/>
        <source>at most {n} characters (it has {length})</source>
        <translation>حداکثر {n} نویسه (اکنون {length} نویسه دارد)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="304"/>
        <source>There is no queue {id}.</source>
        <translation>صف {id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="307"/>
        <source>No calling window opens for {name} in the next {days} days ({zone}). Check the calling windows for {country}.</source>
        <translation>در {days} روز آینده هیچ بازه‌ی مجاز تماسی برای {name} باز نمی‌شود ({zone}). بازه‌های مجاز تماس برای {country} را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="308"/>
        <source>No calling window opens for {name} in the next {days} days ({zone}). Check the calling windows for their country.</source>
        <translation>در {days} روز آینده هیچ بازه‌ی مجاز تماسی برای {name} باز نمی‌شود ({zone}). بازه‌های مجاز تماس برای کشور او را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="311"/>
        <source>This callback is already {state} (by {name} at {time} UTC): nothing was changed.</source>
        <translation>این تماس برگشتی از قبل {state} است (توسط {name} در ساعت {time} UTC): هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="314"/>
        <source>This callback no longer exists.</source>
        <translation>این تماس برگشتی دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="315"/>
        <source>Say why these callbacks move: the reason is kept in each one&apos;s history.</source>
        <translation>بنویسید چرا این تماس‌های برگشتی منتقل می‌شوند: دلیل در سابقه‌ی هر یک نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="316"/>
        <source>Only a supervisor can reassign callbacks.</source>
        <translation>فقط سرپرست می‌تواند تماس‌های برگشتی را مجدداً واگذار کند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="317"/>
        <source>There is no queue “{name}”.</source>
        <translation>صفی به نام «{name}» وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="318"/>
        <source>a two-letter ISO code such as IR or EE</source>
        <translation>یک کد دوحرفی ISO مانند IR یا EE</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="319"/>
        <source>{name} has no phone number on file: add one to the card first (Ctrl+E), then schedule the callback</source>
        <translation>{name} هیچ شماره‌تلفن ثبت‌شده‌ای ندارد: ابتدا یک شماره به کارت اضافه کنید (Ctrl+E)، سپس تماس برگشتی را زمان‌بندی کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="320"/>
        <source>{phone} is not one of the customer&apos;s numbers</source>
        <translation>{phone} یکی از شماره‌های مشتری نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="321"/>
        <source>This callback is already {state} by {name}: your list was out of date and has been refreshed.</source>
        <translation>این تماس برگشتی از قبل توسط {name} {state} است: فهرست شما قدیمی بود و تازه‌سازی شد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="322"/>
        <source>This callback is already {state}: your list was out of date and has been refreshed.</source>
        <translation>این تماس برگشتی از قبل {state} است: فهرست شما قدیمی بود و تازه‌سازی شد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="323"/>
        <source>one of {outcomes}</source>
        <translation>یکی از {outcomes}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="324"/>
        <source>pick the new time the customer asked for</source>
        <translation>زمان جدیدی را که مشتری درخواست کرد انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="325"/>
        <source>say why the promise is withdrawn (the customer may ask)</source>
        <translation>دلیل پس گرفتن وعده را بنویسید (ممکن است مشتری بپرسد)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="327"/>
        <source>choose one agent or one queue</source>
        <translation>یک کارشناس یا یک صف انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="328"/>
        <source>select at least one callback</source>
        <translation>دست‌کم یک تماس برگشتی انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="330"/>
        <source>you are in no queue, so nobody could take this callback over if you cannot make it: choose a queue</source>
        <translation>شما عضو هیچ صفی نیستید، بنابراین اگر نتوانید این تماس برگشتی را انجام دهید، کسی نمی‌تواند آن را بر عهده بگیرد: یک صف انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="331"/>
        <source>there is no queue {id}</source>
        <translation>صف {id} وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="335"/>
        <source>{name} was found in the CRM and added to this console.</source>
        <translation>{name} در CRM یافت شد و به این کنسول افزوده شد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="336"/>
        <source>“{phone}” is not a phone number (a withheld or unknown caller).</source>
        <translation>«{phone}» شماره‌ی تلفن نیست (تماس‌گیرنده‌ی پنهان یا ناشناس).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="337"/>
        <source>No customer has the number {phone}.</source>
        <translation>هیچ مشتری‌ای شماره‌ی {phone} را ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="338"/>
        <source>Neither this console nor the CRM knows the number {phone}.</source>
        <translation>نه این کنسول و نه CRM شماره‌ی {phone} را نمی‌شناسند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="344"/>
        <source>someone else</source>
        <translation>شخص دیگری</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="345"/>
        <source>This customer was changed by {who} at {time} UTC on {day} while you were editing. Nothing was saved: reload to see their change, then apply yours again (your text is kept).</source>
        <translation>این مشتری در حالی که شما آن را ویرایش می‌کردید، توسط {who} در ساعت {time} UTC در {day} تغییر کرد. هیچ چیز ذخیره نشد: برای دیدن تغییر او دوباره بارگیری کنید، سپس تغییرات خود را دوباره اعمال کنید (متن شما نگه داشته شده است).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="346"/>
        <source>no free account number was found; type one</source>
        <translation>هیچ شماره‌ی حساب آزادی یافت نشد؛ یکی را وارد کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="347"/>
        <source>Customer {id} no longer exists; nothing was saved.</source>
        <translation>مشتری {id} دیگر وجود ندارد؛ هیچ چیز ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="348"/>
        <source>{account} belongs to another customer</source>
        <translation>{account} متعلق به مشتری دیگری است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="349"/>
        <source>The dashboard is for supervisors and admins.</source>
        <translation>داشبورد مخصوص سرپرستان و مدیران سیستم است.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="350"/>
        <source>choose one of {choices}</source>
        <translation>یکی از {choices} را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="351"/>
        <source>say why (the next agent reads it)</source>
        <translation>دلیل را بنویسید (کارشناس بعدی آن را می‌خواند)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="352"/>
        <source>cannot be negative</source>
        <translation>نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="353"/>
        <source>a three-letter code such as EUR</source>
        <translation>یک کد سه‌حرفی مانند EUR</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="354"/>
        <source>Customer {id} no longer exists.</source>
        <translation>مشتری {id} دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="355"/>
        <source>A {what} was already given on {date} by {who} (“{reason}”). Confirm to give another one.</source>
        <translation>یک {what} پیش‌تر در {date} توسط {who} اعطا شده است («{reason}»). برای اعطای یک مورد دیگر، تأیید کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="356"/>
        <source>say why it is voided</source>
        <translation>دلیل باطل کردن را بنویسید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="357"/>
        <source>This gesture was changed or voided by someone else meanwhile: reload.</source>
        <translation>این اقدام دلجویی در این فاصله توسط شخص دیگری تغییر کرد یا باطل شد: دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="358"/>
        <source>Only a supervisor can change who a disruption affects.</source>
        <translation>فقط سرپرست می‌تواند تعیین کند که یک اختلال بر چه کسانی اثر می‌گذارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="359"/>
        <source>{value}: {reason}</source>
        <translation>{value}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="360"/>
        <source>give it a name agents recognise, such as “AUR-1127 fire on board”</source>
        <translation>نامی به آن بدهید که کارشناسان بشناسند، مانند «آتش‌سوزی در پرواز AUR-1127»</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="361"/>
        <source>write what agents may tell customers now (you can edit it later)</source>
        <translation>آنچه کارشناسان اکنون می‌توانند به مشتریان بگویند بنویسید (بعداً می‌توانید آن را ویرایش کنید)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="362"/>
        <source>a customer field name such as voyage or flight</source>
        <translation>نام یک فیلد مشتری، مانند voyage یا flight</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="363"/>
        <source>the value to match, such as AUR-1127</source>
        <translation>مقداری که باید مطابقت داشته باشد، مانند AUR-1127</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="364"/>
        <source>at most {n:,} characters ({length:,} given)</source>
        <translation>حداکثر {n:,} نویسه ({length:,} نویسه وارد شده است)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="365"/>
        <source>Only a supervisor can declare a disruption.</source>
        <translation>فقط سرپرست می‌تواند اختلال اعلام کند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="366"/>
        <source>Only a supervisor can edit a disruption&apos;s facts.</source>
        <translation>فقط سرپرست می‌تواند اطلاعات یک اختلال را ویرایش کند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="367"/>
        <source>Only a supervisor can close a disruption.</source>
        <translation>فقط سرپرست می‌تواند یک اختلال را ببندد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="368"/>
        <source>There is no disruption {id}.</source>
        <translation>اختلال {id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="369"/>
        <source>This disruption is closed: open a new one for new news.</source>
        <translation>این اختلال بسته شده است: برای خبرهای جدید، اختلال جدیدی اعلام کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="370"/>
        <source>Only a supervisor can create callbacks for a disruption.</source>
        <translation>فقط سرپرست می‌تواند برای یک اختلال تماس برگشتی ایجاد کند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="371"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="372"/>
        <source>agents need something to say: the facts cannot be empty</source>
        <translation>کارشناسان باید چیزی برای گفتن داشته باشند: اطلاعات نمی‌تواند خالی باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="373"/>
        <source>“{name}” is closed: its facts no longer change.</source>
        <translation>«{name}» بسته شده است: اطلاعات آن دیگر تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="374"/>
        <source>{who} changed the facts of “{name}” at {time} UTC while you were editing: your text is kept; reload to see theirs.</source>
        <translation>{who} در حالی که شما مشغول ویرایش بودید، اطلاعات «{name}» را در ساعت {time} UTC تغییر داد: متن شما نگه داشته شده است؛ برای دیدن متن او دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="375"/>
        <source>the list is empty: one account or booking per line</source>
        <translation>فهرست خالی است: در هر سطر یک شماره‌ی حساب یا رزرو</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="376"/>
        <source>at most {n:,} lines at a time</source>
        <translation>حداکثر {n:,} سطر در هر بار</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="377"/>
        <source>no customer matches</source>
        <translation>هیچ مشتری‌ای مطابقت ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="378"/>
        <source>Only a supervisor can see the disruption figures.</source>
        <translation>فقط سرپرست می‌تواند آمار اختلال را ببیند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="379"/>
        <source>choose the queue that will make these callbacks</source>
        <translation>صفی را که این تماس‌های برگشتی را انجام می‌دهد انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="380"/>
        <source>no account or booking number</source>
        <translation>بدون شماره‌ی حساب یا رزرو</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="381"/>
        <source>repeats line {line}</source>
        <translation>تکرار سطر {line}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="382"/>
        <source>no customer has this account or booking number</source>
        <translation>هیچ مشتری‌ای این شماره‌ی حساب یا رزرو را ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="383"/>
        <source>{n} customers share this booking: list their account numbers</source>
        <translation>{n} مشتری این رزرو را دارند: شماره‌ی حساب آن‌ها را فهرست کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="384"/>
        <source>Write the note before saving it.</source>
        <translation>پیش از ذخیره، یادداشت را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="385"/>
        <source>This text is {length:,} characters long; the most a contact can hold is {n:,}. Shorten it, or attach the rest in an email.</source>
        <translation>این متن {length:,} نویسه دارد؛ یک ارتباط حداکثر {n:,} نویسه را در خود جای می‌دهد. آن را کوتاه کنید، یا بقیه را در یک ایمیل پیوست کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="386"/>
        <source>Choose whether the call was inbound or outbound.</source>
        <translation>مشخص کنید که تماس ورودی بود یا خروجی.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="387"/>
        <source>“{outcome}” is not a call outcome: choose one from the list.</source>
        <translation>«{outcome}» نتیجه‌ی تماس نیست: یکی را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="388"/>
        <source>A call cannot start in the future: check the start time.</source>
        <translation>تماس نمی‌تواند در آینده شروع شود: زمان شروع را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="389"/>
        <source>The call cannot end before it started: check the end time.</source>
        <translation>تماس نمی‌تواند پیش از شروع به پایان برسد: زمان پایان را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="390"/>
        <source>Customer {id} does not exist any more, so nothing was saved. Search for the customer again.</source>
        <translation>مشتری {id} دیگر وجود ندارد، بنابراین هیچ چیز ذخیره نشد. مشتری را دوباره جست‌وجو کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="391"/>
        <source>Your user account (id {id}) no longer exists, so nothing was saved. Ask an administrator to restore it.</source>
        <translation>حساب کاربری شما (شناسه‌ی {id}) دیگر وجود ندارد، بنابراین هیچ چیز ذخیره نشد. از یک مدیر سیستم بخواهید آن را بازگرداند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="392"/>
        <source>give the rule a name agents will understand</source>
        <translation>نامی به قاعده بدهید که کارشناسان بفهمند</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="393"/>
        <source>one of {choices}</source>
        <translation>یکی از {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="394"/>
        <source>name the customer field, such as departure_date</source>
        <translation>نام فیلد مشتری را بنویسید، مانند departure_date</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="395"/>
        <source>the value to match</source>
        <translation>مقداری که باید مطابقت داشته باشد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="396"/>
        <source>a number of days, such as 7</source>
        <translation>تعداد روزها، مانند ۷</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="397"/>
        <source>There is no priority rule {id}.</source>
        <translation>قاعده‌ی اولویت {id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="398"/>
        <source>Scripts imported: {counts}.</source>
        <translation>متن‌های آماده وارد شدند: {counts}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="399"/>
        <source>This script was changed by {who} at {time} UTC on {day} while you were editing. Nothing was saved: reload to see their change, then apply yours again (your text is kept).</source>
        <translation>این متن آماده در حالی که شما آن را ویرایش می‌کردید، توسط {who} در ساعت {time} UTC در {day} تغییر کرد. هیچ چیز ذخیره نشد: برای دیدن تغییر او دوباره بارگیری کنید، سپس تغییرات خود را دوباره اعمال کنید (متن شما نگه داشته شده است).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="400"/>
        <source>{n} problem(s) in the file: nothing was imported. Correct them and import the whole file again.</source>
        <translation>{n} مشکل در پرونده: هیچ چیز وارد نشد. آن‌ها را اصلاح کنید و کل پرونده را دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="401"/>
        <source>Scripts imported: the file has no scripts.</source>
        <translation>وارد کردن متن‌های آماده: پرونده هیچ متن آماده‌ای ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="402"/>
        <source>restore scripts</source>
        <translation>بازگردانی متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="403"/>
        <source>retire scripts</source>
        <translation>بایگانی متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="404"/>
        <source>This user</source>
        <translation>این کاربر</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="405"/>
        <source>{who} cannot {what}: only supervisors and admins can change the script library. Ask a supervisor to make the change.</source>
        <translation>{who} اجازه‌ی {what} را ندارد: فقط سرپرستان و مدیران سیستم می‌توانند کتابخانه‌ی متن‌های آماده را تغییر دهند. از یک سرپرست بخواهید این تغییر را انجام دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="406"/>
        <source>Script {id} no longer exists; nothing was saved.</source>
        <translation>متن آماده‌ی {id} دیگر وجود ندارد؛ هیچ چیز ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="407"/>
        <source>{n} created</source>
        <translation>{n} ایجاد شد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="408"/>
        <source>{n} updated</source>
        <translation>{n} به‌روز شد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="409"/>
        <source>{n} retired</source>
        <translation>{n} بایگانی شد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="410"/>
        <source>{n} restored</source>
        <translation>{n} بازگردانی شد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="411"/>
        <source>{n} unchanged</source>
        <translation>{n} بدون تغییر</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="412"/>
        <source>Script {script} has no version {number}.</source>
        <translation>متن آماده‌ی {script} نسخه‌ی {number} ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="413"/>
        <source>reorder scripts</source>
        <translation>تغییر ترتیب متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="414"/>
        <source>import scripts</source>
        <translation>وارد کردن متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="415"/>
        <source>There is no script “{script}”.</source>
        <translation>متن آماده‌ی «{script}» وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="416"/>
        <source>there is no queue {names}</source>
        <translation>صف {names} وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="417"/>
        <source>{shortcut} is already the shortcut of “{owner}”</source>
        <translation>{shortcut} از قبل میان‌بر «{owner}» است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="418"/>
        <source>{shortcut} was just given to another script</source>
        <translation>{shortcut} همین حالا به متن آماده‌ی دیگری داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="419"/>
        <source>there is already a script “{key}”</source>
        <translation>از قبل متن آماده‌ای با کلید «{key}» وجود دارد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="420"/>
        <source>create scripts</source>
        <translation>ایجاد متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="421"/>
        <source>edit scripts</source>
        <translation>ویرایش متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="422"/>
        <source>a script is listed twice</source>
        <translation>یک متن آماده دو بار فهرست شده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="423"/>
        <source>There is no script {id}.</source>
        <translation>متن آماده‌ی {id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="424"/>
        <source>“{title}” is retired and cannot be a favourite.</source>
        <translation>«{title}» بایگانی شده است و نمی‌تواند برگزیده باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="425"/>
        <source>Only favourites can be reordered: add the script to your favourites first.</source>
        <translation>فقط ترتیب برگزیده‌ها را می‌توان تغییر داد: ابتدا متن آماده را به برگزیده‌های خود اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="426"/>
        <source>Script {id} does not exist.</source>
        <translation>متن آماده‌ی {id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="427"/>
        <source>Cannot write {path}: {problem}.</source>
        <translation>نوشتن در {path} ممکن نیست: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="428"/>
        <source>“{title}” cannot come back with its shortcut {shortcut}: “{owner}” has it now. Give one of them another shortcut first.</source>
        <translation>«{title}» نمی‌تواند با میان‌بر {shortcut} بازگردد: اکنون «{owner}» آن را دارد. ابتدا به یکی از آن‌ها میان‌بر دیگری بدهید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="429"/>
        <source>a script&apos;s key cannot change (files and seeding find it by it); it stays “{key}”</source>
        <translation>کلید متن آماده نمی‌تواند تغییر کند (پرونده‌ها و داده‌های اولیه آن را با همین کلید پیدا می‌کنند)؛ همان «{key}» می‌ماند</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="430"/>
        <source>the file is not UTF-8 text</source>
        <translation>پرونده متن UTF-8 نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="431"/>
        <source>Team mode needs PostgreSQL; SQLite is single-user.</source>
        <translation>حالت تیمی به PostgreSQL نیاز دارد؛ SQLite تک‌کاربره است.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="432"/>
        <source>Unknown role “{role}”: use agent, supervisor or admin.</source>
        <translation>نقش ناشناخته‌ی «{role}»: از agent، supervisor یا admin استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="433"/>
        <source>Only a console admin can manage users: connect as an admin login.</source>
        <translation>فقط مدیر کنسول می‌تواند کاربران را مدیریت کند: با حساب ورود یک مدیر متصل شوید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="434"/>
        <source>reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="435"/>
        <source>the customer&apos;s issue</source>
        <translation>مشکل مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="436"/>
        <source>what was already tried</source>
        <translation>اقدامات انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="437"/>
        <source>what was promised</source>
        <translation>آنچه وعده داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="438"/>
        <source>identity verified</source>
        <translation>احراز هویت</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="439"/>
        <source>the customer&apos;s mood</source>
        <translation>حال مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="440"/>
        <source>notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="441"/>
        <source>offered</source>
        <translation>در انتظار پذیرش</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="442"/>
        <source>accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="443"/>
        <source>declined</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="444"/>
        <source>timed out</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="445"/>
        <source>converted</source>
        <translation>تبدیل‌شده به تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="446"/>
        <source>one sentence, please (at most {n} characters)</source>
        <translation>لطفاً در یک جمله (حداکثر {n} نویسه)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="447"/>
        <source>{name} took this transfer at {time} UTC, before you: nothing to do.</source>
        <translation>{name} این انتقال را در ساعت {time} UTC، پیش از شما پذیرفت: کاری لازم نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="448"/>
        <source>unknown field(s) {fields}; choose from {choices}</source>
        <translation>فیلد(های) ناشناخته‌ی {fields}؛ از میان {choices} انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="449"/>
        <source>choose one colleague or one queue</source>
        <translation>یک همکار یا یک صف انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="450"/>
        <source>the linked callback is not an open promise of this customer</source>
        <translation>تماس برگشتی پیوندشده، وعده‌ی باز این مشتری نیست</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="451"/>
        <source>this customer was already passed on {n} times in this contact: say why another handover is needed (your supervisor sees it)</source>
        <translation>این مشتری تاکنون {n} بار در این ارتباط منتقل شده است: دلیل نیاز به تحویل دوباره را بنویسید (سرپرست شما آن را می‌بیند)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="452"/>
        <source>Transfer {id} does not exist.</source>
        <translation>انتقال {id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="453"/>
        <source>This transfer is for queue {queue}; you are not in it.</source>
        <translation>این انتقال برای صف {queue} است؛ شما عضو آن نیستید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="454"/>
        <source>{name} took this transfer a moment before you: nothing to do.</source>
        <translation>{name} این انتقال را لحظه‌ای پیش از شما پذیرفت: کاری لازم نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="455"/>
        <source>Only the sender can turn a transfer into a callback.</source>
        <translation>فقط فرستنده می‌تواند یک انتقال را به تماس برگشتی تبدیل کند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="456"/>
        <source>This transfer is already {state}.</source>
        <translation>این انتقال از قبل {state} است.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="457"/>
        <source>{name} is in no queue: schedule the callback yourself.</source>
        <translation>{name} عضو هیچ صفی نیست: تماس برگشتی را خودتان زمان‌بندی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="458"/>
        <source>you cannot transfer a customer to yourself</source>
        <translation>نمی‌توانید مشتری را به خودتان منتقل کنید</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="459"/>
        <source>tell the sender why, so they can find the right person</source>
        <translation>دلیل را به فرستنده بگویید تا بتواند شخص مناسب را پیدا کند</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="460"/>
        <source>This transfer is addressed to {name}, not to you.</source>
        <translation>این انتقال برای {name} فرستاده شده است، نه برای شما.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="461"/>
        <source>{name} withdrew this transfer at {time} UTC.</source>
        <translation>{name} این انتقال را در ساعت {time} UTC پس گرفت.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="462"/>
        <source>Only the sender can take a transfer back.</source>
        <translation>فقط فرستنده می‌تواند یک انتقال را پس بگیرد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="463"/>
        <source>this queue takes only customers whose identity is checked</source>
        <translation>این صف فقط مشتریانی را می‌پذیرد که هویتشان احراز شده است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="464"/>
        <source>{field} is required by this queue</source>
        <translation>{field} برای این صف الزامی است</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="465"/>
        <source>That colleague does not exist or is disabled.</source>
        <translation>آن همکار وجود ندارد یا غیرفعال است.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="466"/>
        <source>{name} is not signed in to Agent Console right now, so nobody would answer. Choose a colleague who is available, or their queue.</source>
        <translation>{name} اکنون وارد Agent Console نشده است، بنابراین کسی پاسخ نمی‌دهد. همکاری را که در دسترس است، یا صف او را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="467"/>
        <source>{name} withdrew this transfer.</source>
        <translation>{name} این انتقال را پس گرفت.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="468"/>
        <source>This transfer is already {state} at {time} UTC.</source>
        <translation>این انتقال از ساعت {time} UTC {state} است.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="469"/>
        <source>You are signed in to the database as “{login}”: in team mode you act as yourself, not as “{name}”. Leave out --user (or sign in as {name}).</source>
        <translation>شما با نام «{login}» وارد پایگاه داده شده‌اید: در حالت تیمی با هویت خودتان کار می‌کنید، نه با هویت «{name}». --user را حذف کنید (یا با نام {name} وارد شوید).</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="470"/>
        <source>Your database login “{login}” has no console user in this database: ask your console admin to run `agent-console admin add-user {login} --role agent`.</source>
        <translation>نام ورود پایگاه داده‌ی شما، «{login}»، در این پایگاه داده کاربر کنسول ندارد: از مدیر کنسول خود بخواهید `agent-console admin add-user {login} --role agent` را اجرا کند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="471"/>
        <source>The console user “{login}” is disabled: ask your console admin.</source>
        <translation>کاربر کنسول «{login}» غیرفعال است: از مدیر کنسول خود کمک بخواهید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="472"/>
        <source>There is no user “{name}” in this database; pick one from `agent-console users` or leave the user setting empty.</source>
        <translation>کاربری به نام «{name}» در این پایگاه داده وجود ندارد؛ یکی را از `agent-console users` انتخاب کنید یا تنظیم user را خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="473"/>
        <source>Dialling by SIP needs your phone system&apos;s domain, such as pbx.example.com.</source>
        <translation>شماره‌گیری با SIP به دامنه‌ی سیستم تلفن شما نیاز دارد، مانند pbx.example.com.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="474"/>
        <source>Setting {name} must be true or false, not “{value}”.</source>
        <translation>تنظیم {name} باید true یا false باشد، نه «{value}».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="475"/>
        <source>There is no setting “{name}”; known settings: {known}.</source>
        <translation>تنظیمی به نام «{name}» وجود ندارد؛ تنظیمات شناخته‌شده: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="476"/>
        <source>A password does not belong in settings: set db_url without it (postgresql://USER@HOST/DB); the console asks for it when it signs in and can remember it in this computer&apos;s keyring.</source>
        <translation>جای گذرواژه در تنظیمات نیست: db_url را بدون آن تعیین کنید (postgresql://USER@HOST/DB)؛ کنسول هنگام ورود آن را می‌پرسد و می‌تواند آن را در دسته‌کلید این رایانه به خاطر بسپارد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="477"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>یک عدد صحیح از {low} تا {high} وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="478"/>
        <source>Choose light, dark or system.</source>
        <translation>یکی از light، dark یا system را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="479"/>
        <source>Setting {name} must be a number, not “{value}”.</source>
        <translation>تنظیم {name} باید یک عدد باشد، نه «{value}».</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="480"/>
        <source>Choose tel, sip or callto.</source>
        <translation>یکی از tel، sip یا callto را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="481"/>
        <source>{why}</source>
        <translation>{why}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="482"/>
        <source>The settings file {path} cannot be read ({problem}); fix or delete it.</source>
        <translation>پرونده‌ی تنظیمات {path} خوانده نمی‌شود ({problem})؛ آن را اصلاح یا حذف کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="483"/>
        <source>“{region}” is not a country code: use two letters such as RU or TH.</source>
        <translation>«{region}» کد کشور نیست: دو حرف مانند RU یا TH به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="484"/>
        <source>Database type “{kind}” is not supported: use sqlite:/// or postgresql://.</source>
        <translation>نوع پایگاه داده‌ی «{kind}» پشتیبانی نمی‌شود: از sqlite:/// یا postgresql:// استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="485"/>
        <source>The database at {server} is at schema {schema}, this program needs {head}: run `agent-console db upgrade --db {server}` first.</source>
        <translation>پایگاه داده‌ی {server} در طرح‌واره‌ی {schema} است و این برنامه به {head} نیاز دارد: ابتدا `agent-console db upgrade --db {server}` را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="486"/>
        <source>“{url}” is not a database URL: use sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host:5432/dbname.</source>
        <translation>«{url}» نشانی پایگاه داده نیست: از sqlite:///path/to/file.sqlite3 یا postgresql+psycopg://user@host:5432/dbname استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="487"/>
        <source>The database at {server} was migrated by a newer Agent Console (schema {schema}); upgrade this program.</source>
        <translation>پایگاه داده‌ی {server} با نسخه‌ی جدیدتری از Agent Console به‌روزرسانی شده است (طرح‌واره‌ی {schema})؛ این برنامه را ارتقا دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="488"/>
        <source>The server at {server} refused the user name or password: check them, or ask your console admin to reset the password.</source>
        <translation>سرور {server} نام کاربری یا گذرواژه را نپذیرفت: آن‌ها را بررسی کنید، یا از مدیر کنسول خود بخواهید گذرواژه را بازنشانی کند.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="489"/>
        <source>The secure connection (TLS) to {server} failed: {problem}. Check the TLS mode (sslmode) and the CA file.</source>
        <translation>اتصال امن (TLS) به {server} ناموفق بود: {problem}. حالت TLS (sslmode) و پرونده‌ی CA را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="490"/>
        <source>Cannot reach the database at {server}: {problem}. Check that the server is running and the address is right.</source>
        <translation>دسترسی به پایگاه داده‌ی {server} ممکن نیست: {problem}. بررسی کنید که سرور در حال اجرا و نشانی درست باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="491"/>
        <source>Your role does not allow this (the database refused it: {problem}). Ask a supervisor or your console admin.</source>
        <translation>نقش شما اجازه‌ی این کار را نمی‌دهد (پایگاه داده آن را رد کرد: {problem}). از یک سرپرست یا مدیر کنسول خود کمک بخواهید.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="492"/>
        <source>Live updates lost the database: {problem}</source>
        <translation>به‌روزرسانی زنده ارتباط خود با پایگاه داده را از دست داد: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="493"/>
        <source>Live updates cannot reach the database: {problem}</source>
        <translation>به‌روزرسانی زنده به پایگاه داده دسترسی ندارد: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="494"/>
        <source>Live updates cannot reach the database.</source>
        <translation>به‌روزرسانی زنده به پایگاه داده دسترسی ندارد.</translation>
    </message>
</context>
</TS>
