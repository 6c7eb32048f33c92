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
        <translation>پایگاه داده: {kind} · {database}
Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
</context>
<context>
    <name>AlertButton</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="286"/>
        <source>Alert: {message}</source>
        <translation>هشدار: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="288"/>
        <source>Click or press Enter to list the callbacks.</source>
        <translation>برای فهرست کردن تماس‌های برگشتی، کلیک کنید یا Enter را بزنید.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
</context>
<context>
    <name>BarChartPanel</name>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="105"/>
        <source>Click a bar to list its callbacks.</source>
        <translation>برای فهرست کردن تماس‌های برگشتی هر ستون، روی آن کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="181"/>
        <source>Click a bar to list its callbacks; with the keyboard, the arrow keys move between bars and Enter lists them.</source>
        <translation>برای فهرست کردن تماس‌های برگشتی هر ستون، روی آن کلیک کنید؛ با صفحه‌کلید، کلیدهای جهت‌نما بین ستون‌ها جابه‌جا می‌شوند و Enter آن‌ها را فهرست می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="193"/>
        <source>What the bar counts</source>
        <translation>آنچه ستون می‌شمارد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="255"/>
        <source>{what}: {n}</source>
        <translation>{what}: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="269"/>
        <source>click to list them</source>
        <translation>برای فهرست کردن کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="346"/>
        <source>Enter lists them</source>
        <translation>Enter آن‌ها را فهرست می‌کند</translation>
    </message>
</context>
<context>
    <name>CallbackFormDialog</name>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="126"/>
        <source>Reschedule the callback</source>
        <translation>تغییر زمان تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="126"/>
        <source>Promise a callback</source>
        <translation>ثبت وعده‌ی تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="185"/>
        <source>Opening the customer…</source>
        <translation>در حال باز کردن مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="187"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="196"/>
        <location filename="../../ui/callback_form_dialog.py" line="1070"/>
        <location filename="../../ui/callback_form_dialog.py" line="1084"/>
        <source>Customer time</source>
        <translation>وقت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="197"/>
        <location filename="../../ui/callback_form_dialog.py" line="1065"/>
        <source>Your time</source>
        <translation>وقت شما</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="200"/>
        <source>Night warning</source>
        <translation>هشدار شب</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="209"/>
        <source>&amp;At a time (customer&apos;s time)</source>
        <translation>در زمان مشخص (به وقت مشتری)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="210"/>
        <source>As &amp;soon as possible</source>
        <translation>در اولین فرصت(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="211"/>
        <source>Their ne&amp;xt calling window</source>
        <translation>بازه‌ی مجاز بعدی تماس با او(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="219"/>
        <source>Date, in the customer&apos;s time</source>
        <translation>تاریخ، به وقت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="224"/>
        <source>Time, in the customer&apos;s time</source>
        <translation>ساعت، به وقت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="229"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="231"/>
        <source>{n} min</source>
        <translation>{n} دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="236"/>
        <source>The same time for you</source>
        <translation>همین زمان به وقت شما</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="239"/>
        <source>The customer&apos;s calling windows</source>
        <translation>بازه‌های مجاز تماس با مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="251"/>
        <source>Why this time cannot be promised</source>
        <translation>چرا نمی‌توان این زمان را وعده داد</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="257"/>
        <source>Use the next slot offered</source>
        <translation>استفاده از نخستین زمان پیشنهادی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="283"/>
        <source>Number to call</source>
        <translation>شماره‌ی تماس</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="286"/>
        <source>Who calls back</source>
        <translation>چه کسی تماس برگشتی را می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="289"/>
        <source>What was promised</source>
        <translation>آنچه وعده داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="290"/>
        <source>What you promised to find out or do before calling</source>
        <translation>آنچه وعده دادید پیش از تماس پیگیری یا انجام دهید</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="310"/>
        <source>Read back to the customer</source>
        <translation>برای مشتری بازخوانی کنید</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="316"/>
        <source>The promise to read back</source>
        <translation>وعده‌ای که باید بازخوانی شود</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="320"/>
        <source>&amp;Copy</source>
        <translation>رونوشت(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="322"/>
        <source>Copy the promise</source>
        <translation>رونوشت از وعده</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="323"/>
        <source>Copy the promise to the clipboard (Alt+C)</source>
        <translation>رونوشت از وعده در حافظه‌ی موقت (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="340"/>
        <source>Schedule</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="341"/>
        <source>Schedule the callback</source>
        <translation>زمان‌بندی تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="342"/>
        <source>Schedule the callback (Ctrl+Enter)</source>
        <translation>زمان‌بندی تماس برگشتی (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="347"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="348"/>
        <source>Close without scheduling (Esc)</source>
        <translation>بستن بدون زمان‌بندی (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="369"/>
        <source>&amp;Time</source>
        <translation>ساعت(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="371"/>
        <source>Du&amp;ration</source>
        <translation>مدت(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="395"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="396"/>
        <source>&amp;Date</source>
        <translation>تاریخ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="397"/>
        <source>&amp;Phone</source>
        <translation>تلفن(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="399"/>
        <source>&amp;Owner</source>
        <translation>مسئول(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="401"/>
        <source>&amp;Note</source>
        <translation>یادداشت(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="448"/>
        <source>{caption}: {time} ({zone})</source>
        <translation>{caption}: {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="617"/>
        <source>Promise a callback to {name}</source>
        <translation>ثبت وعده‌ی تماس برگشتی به {name}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="627"/>
        <source>{number} (primary)</source>
        <translation>{number} (اصلی)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="630"/>
        <source>Me ({name})</source>
        <translation>خودم ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="633"/>
        <source>Queue: {name}</source>
        <translation>صف: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="645"/>
        <source>Your unsaved note is back.</source>
        <translation>یادداشت ذخیره‌نشده‌ی شما بازگردانده شد.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="651"/>
        <source>Customer not available</source>
        <translation>مشتری در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="757"/>
        <source>The database cannot be reached: nothing can be checked or saved now.</source>
        <translation>دسترسی به پایگاه داده ممکن نیست: اکنون هیچ چیز قابل بررسی یا ذخیره نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="783"/>
        <source>First {time}</source>
        <translation>نخست {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="784"/>
        <source>Second {time}</source>
        <translation>دوم {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="859"/>
        <source>This note could not be kept as a draft ({error}).</source>
        <translation>این یادداشت را نمی‌توان به‌صورت پیش‌نویس نگه داشت ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="938"/>
        <source>Calling windows ({zone}): {windows}</source>
        <translation>بازه‌های مجاز تماس ({zone}): {windows}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="944"/>
        <source>Pick a time the customer can be called.</source>
        <translation>زمانی را انتخاب کنید که بتوان با مشتری تماس گرفت.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="976"/>
        <source>= {day}{start}–{end} your time ({zone})</source>
        <translation>= {day}{start} تا {end} به وقت شما ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="993"/>
        <source>&amp;Use next slot: {day} {date} {time}</source>
        <translation>استفاده از زمان بعدی: {day} {date} {time}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1072"/>
        <source>unknown zone “{zone}”</source>
        <translation>منطقه‌ی زمانی ناشناخته‌ی «{zone}»</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1088"/>
        <source>It is night for the customer ({time}): they may be asleep.</source>
        <translation>اکنون برای مشتری شب است ({time}): ممکن است خواب باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1102"/>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
</context>
<context>
    <name>CallbackModel</name>
    <message>
        <location filename="../../ui/callback_model.py" line="91"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="91"/>
        <source>Your time</source>
        <translation>وقت شما</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="91"/>
        <source>Their time</source>
        <translation>وقت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="92"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="92"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="92"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="92"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="93"/>
        <source>Tries</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="93"/>
        <source>Promise</source>
        <translation>وعده</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="103"/>
        <source>In progress ({agent})</source>
        <translation>در حال انجام ({agent})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="118"/>
        <source>Queue: {queue}</source>
        <translation>صف: {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="129"/>
        <source>Promised on the customer&apos;s clock: {window}</source>
        <translation>وعده‌شده به وقت مشتری: {window}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="135"/>
        <source>Moved from {agent} to the queue</source>
        <translation>از {agent} به صف منتقل شد</translation>
    </message>
</context>
<context>
    <name>CallbackReminder</name>
    <message>
        <location filename="../../ui/callback_reminder.py" line="64"/>
        <source>Callback reminder</source>
        <translation>یادآور تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="83"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="86"/>
        <source>Show all</source>
        <translation>نمایش همه</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="89"/>
        <source>Snooze…</source>
        <translation>تعویق…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="92"/>
        <source>Hide</source>
        <translation>پنهان کردن</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="94"/>
        <source>Hide until another callback falls due</source>
        <translation>پنهان تا زمانی که موعد تماس برگشتی دیگری برسد</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="115"/>
        <location filename="../../ui/callback_reminder.py" line="213"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="167"/>
        <source>{n} of your callbacks moved to the queue ({names}).</source>
        <translation>{n} مورد از تماس‌های برگشتی شما به صف منتقل شد ({names}).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="194"/>
        <source>While the console was closed, {n} callback(s) became due</source>
        <translation>در مدتی که کنسول بسته بود، موعد {n} تماس برگشتی فرا رسید</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="198"/>
        <source>Overdue callback</source>
        <translation>تماس برگشتی معوق</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="200"/>
        <source>Callback due now</source>
        <translation>اکنون موعد تماس برگشتی است</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="203"/>
        <source>Callback in {m} min</source>
        <translation>تماس برگشتی تا {m} دقیقه‌ی دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="206"/>
        <source>(+{n} more, {o} overdue)</source>
        <translation>(+{n} مورد دیگر، {o} مورد معوق)</translation>
    </message>
</context>
<context>
    <name>CallbackTable</name>
    <message>
        <location filename="../../ui/callback_table.py" line="69"/>
        <source>Which callbacks</source>
        <translation>کدام تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="70"/>
        <source>My callbacks</source>
        <translation>تماس‌های برگشتی من</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="71"/>
        <source>Waiting in my queues</source>
        <translation>در انتظار در صف‌های من</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="74"/>
        <source>Callback counts</source>
        <translation>شمار تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="75"/>
        <source>Next callback (F8)</source>
        <translation>تماس برگشتی بعدی (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="77"/>
        <source>Take the next callback</source>
        <translation>دریافت تماس برگشتی بعدی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="86"/>
        <source>Callbacks</source>
        <translation>تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="152"/>
        <source>{overdue} overdue · {due} due now · {today} later today · {upcoming} ahead</source>
        <translation>{overdue} معوق · {due} سررسید اکنون · {today} بعداً امروز · {upcoming} آینده</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="156"/>
        <source>{n} waiting</source>
        <translation>{n} در انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="159"/>
        <source>(the first {n} shown)</source>
        <translation>(نمایش {n} مورد نخست)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="162"/>
        <source>No open callbacks. Promise one from a customer&apos;s card (Ctrl+B).</source>
        <translation>هیچ تماس برگشتی بازی وجود ندارد. از کارت مشتری، وعده‌ی یک تماس برگشتی را ثبت کنید (Ctrl+B).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="164"/>
        <source>Nothing is waiting in your queues.</source>
        <translation>هیچ موردی در صف‌های شما در انتظار نیست.</translation>
    </message>
</context>
<context>
    <name>CallbackWorkPanel</name>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="57"/>
        <source>Callback being worked</source>
        <translation>تماس برگشتی در حال انجام</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="75"/>
        <source>Dial</source>
        <translation>شماره‌گیری</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="78"/>
        <source>Call the customer (Ctrl+D)</source>
        <translation>تماس با مشتری (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="82"/>
        <source>Outcome note</source>
        <translation>یادداشت نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="83"/>
        <source>What happened (optional)</source>
        <translation>چه اتفاقی افتاد (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="96"/>
        <source>Reschedule…</source>
        <translation>تغییر زمان…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="100"/>
        <source>The customer asked for another time (Alt+S): promise a new one</source>
        <translation>مشتری زمان دیگری خواست (Alt+S): زمان جدیدی وعده دهید</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="105"/>
        <source>Put back</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="107"/>
        <source>Leave it for later without calling</source>
        <translation>بدون تماس، برای بعد بگذارید</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="134"/>
        <source>Callback for {name} · {window}</source>
        <translation>تماس برگشتی برای {name} · {window}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="140"/>
        <source>Promised: {note}</source>
        <translation>وعده: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="143"/>
        <source>Priority {points}: {why}</source>
        <translation>اولویت {points}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="149"/>
        <source>Attempt {n} of {max}</source>
        <translation>تلاش {n} از {max}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="151"/>
        <source>the promised window has passed: call now</source>
        <translation>بازه‌ی وعده‌داده‌شده گذشته است: همین حالا تماس بگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="153"/>
        <source>Dial {number}</source>
        <translation>شماره‌گیری {number}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="182"/>
        <source>No program on this computer handles {url}: set a dial command in the settings (dial_command).</source>
        <translation>هیچ برنامه‌ای در این رایانه {url} را پشتیبانی نمی‌کند: یک فرمان شماره‌گیری در تنظیمات تعیین کنید (dial_command).</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="206"/>
        <source>Rescheduled: the new promise is in your callbacks.</source>
        <translation>زمان تغییر کرد: وعده‌ی جدید در تماس‌های برگشتی شماست.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="237"/>
        <source>No luck this time. Next try {when}.</source>
        <translation>این بار موفق نشد. تلاش بعدی {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="241"/>
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
        <source>%n customers have the number {number}. Who is calling?</source>
        <translation>
            <numerusform>%n مشتری شماره‌ی {number} را دارند. چه کسی تماس می‌گیرد؟</numerusform>
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
        <location filename="../../ui/customer_card.py" line="79"/>
        <source>Customer card</source>
        <translation>کارت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="90"/>
        <location filename="../../ui/customer_card.py" line="157"/>
        <source>Search for a customer, or take a call: their card appears here.</source>
        <translation>مشتری را جست‌وجو کنید یا تماسی را پاسخ دهید: کارت او اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="135"/>
        <source>Opening the customer…</source>
        <translation>در حال باز کردن مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="205"/>
        <source>Customer name</source>
        <translation>نام مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="224"/>
        <source>Account {account}</source>
        <translation>حساب {account}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="250"/>
        <source>Disruption: {name}</source>
        <translation>اختلال: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="258"/>
        <source>Affected by this open disruption: tell them the facts in the banner above.</source>
        <translation>تحت تأثیر این اختلال باز: اطلاعات نوار بالا را به او بگویید.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="344"/>
        <source>{label}, primary</source>
        <translation>{label}، اصلی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="351"/>
        <location filename="../../ui/customer_card.py" line="354"/>
        <source>none on file</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="353"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="356"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="364"/>
        <source>Night there</source>
        <translation>آنجا شب است</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="366"/>
        <source>It is between 21:00 and 08:00 for this customer: avoid calling now.</source>
        <translation>اکنون برای این مشتری بین ساعت 21:00 و 08:00 است: فعلاً تماس نگیرید.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="371"/>
        <source>Local time</source>
        <translation>ساعت محلی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="374"/>
        <source>Time zone</source>
        <translation>منطقه‌ی زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="377"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="380"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="394"/>
        <source>Customer since</source>
        <translation>مشتری از</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="410"/>
        <location filename="../../ui/customer_card.py" line="481"/>
        <source>by {agent}</source>
        <translation>توسط {agent}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="414"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="419"/>
        <source>%n contact in all</source>
        <translation>
            <numerusform>در مجموع %n ارتباط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="421"/>
        <source>%n contacts in all</source>
        <translation>
            <numerusform>در مجموع %n ارتباط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="431"/>
        <source>Last contact</source>
        <translation>آخرین ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="436"/>
        <source>queue {queue}</source>
        <translation>صف {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="437"/>
        <source>in progress</source>
        <translation>در حال انجام</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="446"/>
        <source>none open</source>
        <translation>هیچ مورد بازی نیست</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="449"/>
        <source>Open promises</source>
        <translation>وعده‌های باز</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="450"/>
        <source>Promises</source>
        <translation>وعده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="458"/>
        <source>passed on {n} time(s) in this contact</source>
        <translation>{n} بار در این ارتباط منتقل شده</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="466"/>
        <source>waiting: {sender} → {target}</source>
        <translation>در انتظار: {sender} ← {target}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="473"/>
        <location filename="../../ui/customer_card.py" line="474"/>
        <source>Handovers</source>
        <translation>تحویل‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="489"/>
        <source>none given</source>
        <translation>هیچ موردی داده نشده</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="492"/>
        <source>and {n} earlier</source>
        <translation>و {n} مورد قدیمی‌تر</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="495"/>
        <source>Goodwill already given</source>
        <translation>دلجویی‌های اعطاشده</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="496"/>
        <source>Goodwill</source>
        <translation>دلجویی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="505"/>
        <source>unknown time zone</source>
        <translation>منطقه‌ی زمانی ناشناخته</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="90"/>
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="90"/>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="97"/>
        <source>Save problem</source>
        <translation>مشکل در ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="99"/>
        <source>Load their version</source>
        <translation>بارگیری نسخه‌ی ذخیره‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="102"/>
        <source>Fetch the saved customer as the new base; what you typed stays in the form</source>
        <translation>مشتری ذخیره‌شده را به‌عنوان مبنای جدید دریافت کنید؛ آنچه تایپ کرده‌اید در فرم می‌ماند</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="107"/>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="108"/>
        <location filename="../../ui/customer_edit_dialog.py" line="164"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="109"/>
        <location filename="../../ui/customer_edit_dialog.py" line="165"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="110"/>
        <source>Account or booking number</source>
        <translation>شماره‌ی حساب یا رزرو</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="112"/>
        <source>Generated when left empty</source>
        <translation>اگر خالی بماند، خودکار ساخته می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="119"/>
        <source>Phone {n}</source>
        <translation>تلفن {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="120"/>
        <source>+66 81 234 5678, or national with the country set</source>
        <translation>+66 81 234 5678، یا شماره‌ی داخلی کشور با تعیین کشور</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="123"/>
        <source>Kind of phone {n}</source>
        <translation>نوع تلفن {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="132"/>
        <source>E-mail addresses</source>
        <translation>نشانی‌های ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="133"/>
        <source>Separate several with commas</source>
        <translation>چند نشانی را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="136"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="143"/>
        <source>Time zone</source>
        <translation>منطقه‌ی زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="147"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="148"/>
        <source>fa, th, ru, en…</source>
        <translation>fa, th, ru, en…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="149"/>
        <source>Do not call (e-mail only)</source>
        <translation>تماس ممنوع (فقط ایمیل)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="151"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="152"/>
        <source>VIP, refund pending… separated by commas</source>
        <translation>VIP، در انتظار بازپرداخت… جداشده با ویرگول</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="155"/>
        <location filename="../../ui/customer_edit_dialog.py" line="174"/>
        <source>Other fields</source>
        <translation>فیلدهای دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="156"/>
        <source>One per line, e.g. departure_date: 2026-12-01</source>
        <translation>هر فیلد در یک سطر، مثلاً departure_date: 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="163"/>
        <source>&amp;Name</source>
        <translation>نام(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="166"/>
        <source>&amp;Phones</source>
        <translation>تلفن‌ها(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="167"/>
        <source>&amp;E-mail</source>
        <translation>ایمیل(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="168"/>
        <source>&amp;Country</source>
        <translation>کشور(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="169"/>
        <source>&amp;Time zone</source>
        <translation>منطقه‌ی زمانی(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="170"/>
        <source>&amp;Language</source>
        <translation>زبان(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="171"/>
        <source>&amp;Account</source>
        <translation>حساب(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="172"/>
        <source>Ta&amp;gs</source>
        <translation>برچسب‌ها(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="182"/>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="325"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="356"/>
        <source>Some fields need attention (marked below).</source>
        <translation>برخی فیلدها نیاز به بررسی دارند (در زیر مشخص شده‌اند).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="378"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="413"/>
        <source>name “{v}”</source>
        <translation>نام «{v}»</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="415"/>
        <source>tags “{v}”</source>
        <translation>برچسب‌های «{v}»</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="417"/>
        <source>time zone {v}</source>
        <translation>منطقه‌ی زمانی {v}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="419"/>
        <source>do not call: {v}</source>
        <translation>تماس ممنوع: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="420"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="420"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="421"/>
        <source>nothing you can see here differs</source>
        <translation>هیچ تفاوتی در آنچه اینجا می‌بینید وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="424"/>
        <source>Their version is now the base ({summary}). Your text is unchanged: Save to apply it on top.</source>
        <translation>اکنون نسخه‌ی ذخیره‌شده مبناست ({summary}). متن شما تغییری نکرده است: برای اعمال آن روی این نسخه، ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <location filename="../../ui/customer_search.py" line="51"/>
        <source>Customer search</source>
        <translation>جست‌وجوی مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="62"/>
        <source>Search customers</source>
        <translation>جست‌وجوی مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="63"/>
        <source>Search by phone, name, email or account (Ctrl+K)</source>
        <translation>جست‌وجو با تلفن، نام، ایمیل یا حساب (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="76"/>
        <source>Search results</source>
        <translation>نتایج جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="133"/>
        <source>Search status</source>
        <translation>وضعیت جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="195"/>
        <source>Find a customer by phone number (any format), name in any script, email or account number.

Press Ctrl+K from anywhere to come back here.</source>
        <translation>مشتری را با شماره‌ی تلفن (با هر قالبی)، نام به هر خطی، ایمیل یا شماره‌ی حساب پیدا کنید.

از هر جای برنامه Ctrl+K را بزنید تا به اینجا بازگردید.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="209"/>
        <location filename="../../ui/customer_search.py" line="217"/>
        <source>Searching…</source>
        <translation>در حال جست‌وجو…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="235"/>
        <source>No customer matches “{text}”</source>
        <translation>هیچ مشتری‌ای با «{text}» مطابقت ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="238"/>
        <source>Check the spelling, try part of the name, or type the number with its country code (+…).</source>
        <translation>املا را بررسی کنید، بخشی از نام را امتحان کنید یا شماره را با پیش‌شماره‌ی کشور (+…) وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="244"/>
        <source>First {n} customers: type more to narrow down</source>
        <translation>{n} مشتری نخست: برای محدود کردن نتایج، بیشتر تایپ کنید</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="246"/>
        <source>%n customer</source>
        <translation>
            <numerusform>%n مشتری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="248"/>
        <source>%n customers</source>
        <translation>
            <numerusform>%n مشتری</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="261"/>
        <source>The search could not run.</source>
        <translation>جست‌وجو انجام نشد.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="331"/>
        <source>Supervisor dashboard</source>
        <translation>داشبورد سرپرست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="404"/>
        <location filename="../../ui/dashboard_tab.py" line="892"/>
        <source>Callback backlog</source>
        <translation>انباشت تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="406"/>
        <source>Reading the figures…</source>
        <translation>در حال خواندن آمار…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="408"/>
        <source>When the figures were read</source>
        <translation>زمان خواندن آمار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="411"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="413"/>
        <source>Refresh the dashboard</source>
        <translation>تازه‌سازی داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="414"/>
        <source>Read the figures again now (F5)</source>
        <translation>خواندن دوباره‌ی آمار هم‌اکنون (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="416"/>
        <source>Export CSV…</source>
        <translation>صدور CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="418"/>
        <source>Export the figures as CSV</source>
        <translation>صدور آمار به‌صورت CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="420"/>
        <source>Save charts as PNG…</source>
        <translation>ذخیره‌ی نمودارها به‌صورت PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="422"/>
        <source>Save the charts as a PNG image</source>
        <translation>ذخیره‌ی نمودارها به‌صورت تصویر PNG</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="437"/>
        <source>Alerts</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="446"/>
        <source>Off shift with overdue callbacks</source>
        <translation>خارج از شیفت با تماس‌های برگشتی معوق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="447"/>
        <source>⚠  Off shift with overdue callbacks:</source>
        <translation>⚠  خارج از شیفت با تماس‌های برگشتی معوق:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="467"/>
        <source>Figures</source>
        <translation>آمار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="476"/>
        <location filename="../../ui/dashboard_tab.py" line="919"/>
        <source>Open backlog by age</source>
        <translation>انباشت باز بر اساس سن</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="477"/>
        <source>Not yet overdue</source>
        <translation>هنوز معوق نشده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="477"/>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="481"/>
        <source>Due by hour, today and tomorrow</source>
        <translation>سررسید بر اساس ساعت، امروز و فردا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="482"/>
        <location filename="../../ui/dashboard_tab.py" line="925"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="482"/>
        <location filename="../../ui/dashboard_tab.py" line="925"/>
        <source>Tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="485"/>
        <source>Kept and broken promises, last 14 days</source>
        <translation>وعده‌های عمل‌شده و عمل‌نشده، 14 روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="486"/>
        <location filename="../../ui/dashboard_tab.py" line="930"/>
        <source>Kept</source>
        <translation>عمل‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="486"/>
        <location filename="../../ui/dashboard_tab.py" line="930"/>
        <source>Broken</source>
        <translation>عمل‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="531"/>
        <source>Double-click or Enter on a figure lists its callbacks.</source>
        <translation>با دوبار کلیک یا Enter روی هر رقم، تماس‌های برگشتی آن فهرست می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="545"/>
        <location filename="../../ui/dashboard_tab.py" line="902"/>
        <source>Agents</source>
        <translation>کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="548"/>
        <location filename="../../ui/dashboard_tab.py" line="903"/>
        <source>Queues</source>
        <translation>صف‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="683"/>
        <source>Could not refresh: {message} Showing the figures of {time}.</source>
        <translation>تازه‌سازی ممکن نشد: {message} آمار ساعت {time} نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="687"/>
        <source>Could not read the figures: {message}</source>
        <translation>خواندن آمار ممکن نشد: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="704"/>
        <source>Updated {time}</source>
        <translation>به‌روزشده در {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="754"/>
        <source>Dashboard alert: {message}</source>
        <translation>هشدار داشبورد: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="813"/>
        <source>Kept and broken, {first} – {last}</source>
        <translation>عمل‌شده و عمل‌نشده، {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="856"/>
        <source>Export the dashboard</source>
        <translation>صدور داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="857"/>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="865"/>
        <source>Save the charts</source>
        <translation>ذخیره‌ی نمودارها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="866"/>
        <source>PNG images (*.png)</source>
        <translation>تصاویر PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="876"/>
        <location filename="../../ui/dashboard_tab.py" line="878"/>
        <source>Not saved: {message}</source>
        <translation>ذخیره نشد: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="881"/>
        <source>Saved {path}</source>
        <translation>{path} ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="889"/>
        <location filename="../../ui/dashboard_tab.py" line="937"/>
        <source>The figures have not been read yet.</source>
        <translation>آمار هنوز خوانده نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="892"/>
        <source>Updated</source>
        <translation>به‌روزشده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="896"/>
        <source>Tiles</source>
        <translation>کاشی‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="920"/>
        <source>Age</source>
        <translation>سن</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="920"/>
        <source>Callbacks</source>
        <translation>تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="924"/>
        <source>Due by hour</source>
        <translation>سررسید بر اساس ساعت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="925"/>
        <source>Hour</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="929"/>
        <source>Kept and broken promises</source>
        <translation>وعده‌های عمل‌شده و عمل‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="930"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="943"/>
        <source>The image could not be written to {path}.</source>
        <translation>نوشتن تصویر در {path} ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="233"/>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="235"/>
        <source>How many callbacks</source>
        <translation>تعداد تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="243"/>
        <source>Callbacks behind the figure</source>
        <translation>تماس‌های برگشتی پشت این رقم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="261"/>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="264"/>
        <source>Open customer</source>
        <translation>باز کردن مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="266"/>
        <source>Show the customer on the Desk (Enter)</source>
        <translation>نمایش مشتری در میز کار (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="269"/>
        <source>Reassign…</source>
        <translation>واگذاری مجدد…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="273"/>
        <source>Move the selected callbacks to an agent or a queue (Ctrl+R)</source>
        <translation>انتقال تماس‌های برگشتی انتخاب‌شده به یک کارشناس یا صف (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="277"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="329"/>
        <source>The first {shown} of {n} callbacks, in work order.</source>
        <translation>{shown} مورد نخست از {n} تماس برگشتی، به ترتیب انجام کار.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="333"/>
        <source>1 callback.</source>
        <translation>1 تماس برگشتی.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="335"/>
        <source>{n} callbacks.</source>
        <translation>{n} تماس برگشتی.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="337"/>
        <source>Closed ones are listed for reference; only open ones move.</source>
        <translation>موارد بسته‌شده فقط برای اطلاع فهرست شده‌اند؛ تنها موارد باز منتقل می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="356"/>
        <source>Could not load the list: {message}</source>
        <translation>بارگیری فهرست ممکن نشد: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="399"/>
        <source>Select callbacks (Shift or Ctrl for several), then Reassign…</source>
        <translation>تماس‌های برگشتی را انتخاب کنید (برای چند مورد، با Shift یا Ctrl)، سپس واگذاری مجدد…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="402"/>
        <source>1 selected</source>
        <translation>1 مورد انتخاب شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="404"/>
        <source>{n} selected</source>
        <translation>{n} مورد انتخاب شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="424"/>
        <location filename="../../ui/dashboard_drill.py" line="474"/>
        <source>Select one or more open callbacks first.</source>
        <translation>ابتدا یک یا چند تماس برگشتی باز را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="454"/>
        <source>An unexpected error occurred.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="457"/>
        <source>Could not load the agents and queues: {message} Close and try again.</source>
        <translation>بارگیری کارشناسان و صف‌ها ممکن نشد: {message} پنجره را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="494"/>
        <source>1 callback reassigned to {target}</source>
        <translation>1 تماس برگشتی به {target} واگذار شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="495"/>
        <source>{n} callbacks reassigned to {target}</source>
        <translation>{n} تماس برگشتی به {target} واگذار شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="508"/>
        <source>Nothing was reassigned: {message}</source>
        <translation>هیچ موردی واگذار نشد: {message}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="54"/>
        <source>Today {time}</source>
        <translation>امروز {time}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="56"/>
        <source>Yesterday {time}</source>
        <translation>دیروز {time}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="58"/>
        <source>{day} {month} {time}</source>
        <translation>{day} {month} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="61"/>
        <source>{day} {month} {year} {time}</source>
        <translation>{day} {month} {year} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="70"/>
        <source>{weekday} {day} {month} {year}, {time} ({zone})</source>
        <translation>{weekday} {day} {month} {year}، {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="95"/>
        <source>{s} s</source>
        <translation>{s} ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="98"/>
        <source>{m} min {s:02d} s</source>
        <translation>{m} دقیقه و {s:02d} ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="102"/>
        <source>{h} h {m:02d} min</source>
        <translation>{h} ساعت و {m:02d} دقیقه</translation>
    </message>
</context>
<context>
    <name>GoodwillDialog</name>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="62"/>
        <source>Give goodwill to {name}</source>
        <translation>اعطای دلجویی به {name}</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="81"/>
        <source>Kind of gesture</source>
        <translation>نوع اقدام</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="87"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="88"/>
        <source>20.00 (empty for none)</source>
        <translation>20.00 (برای بدون مبلغ، خالی بگذارید)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="91"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="95"/>
        <source>Why it is given</source>
        <translation>دلیل اعطا</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="96"/>
        <source>What went wrong, and what this makes good</source>
        <translation>چه مشکلی پیش آمد و این اقدام چه چیزی را جبران می‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="101"/>
        <source>&amp;Kind</source>
        <translation>نوع(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="102"/>
        <source>&amp;Amount</source>
        <translation>مبلغ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="103"/>
        <source>C&amp;urrency</source>
        <translation>واحد پول(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="104"/>
        <source>&amp;Why</source>
        <translation>دلیل(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="118"/>
        <location filename="../../ui/goodwill_dialog.py" line="131"/>
        <source>Give</source>
        <translation>اعطا</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="137"/>
        <source>The amount must be a number such as 20 or 20.50.</source>
        <translation>مبلغ باید عددی مانند 20 یا 20.50 باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="172"/>
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
        <location filename="../../ui/history_view.py" line="109"/>
        <source>Contact history</source>
        <translation>سابقه‌ی ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="120"/>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="124"/>
        <source>How many contacts are shown</source>
        <translation>تعداد ارتباط‌های نمایش‌داده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="128"/>
        <source>Search in this history</source>
        <translation>جست‌وجو در این سابقه</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="129"/>
        <source>Search in this customer&apos;s history</source>
        <translation>جست‌وجو در سابقه‌ی این مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="148"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="149"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="150"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="151"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="152"/>
        <source>Transfers</source>
        <translation>انتقال‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="153"/>
        <source>Callbacks</source>
        <translation>تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="154"/>
        <source>Disruptions</source>
        <translation>اختلال‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="180"/>
        <source>Show only: {kind}</source>
        <translation>نمایش فقط: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="182"/>
        <source>Show {kind}; with no type chosen every contact shows</source>
        <translation>نمایش {kind}؛ اگر هیچ نوعی انتخاب نشود، همه‌ی ارتباط‌ها نمایش داده می‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="197"/>
        <source>Contacts with this customer, newest first</source>
        <translation>ارتباط‌ها با این مشتری، جدیدترین در ابتدا</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="261"/>
        <source>Pinned handover note</source>
        <translation>یادداشت تحویل سنجاق‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="376"/>
        <source>Loading older contacts…</source>
        <translation>در حال بارگیری ارتباط‌های قدیمی‌تر…</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="434"/>
        <source>No contacts match. Clear the search or choose other types.</source>
        <translation>هیچ ارتباطی مطابقت ندارد. جست‌وجو را پاک کنید یا نوع‌های دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="436"/>
        <source>No contacts with this customer yet.</source>
        <translation>هنوز هیچ ارتباطی با این مشتری ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="461"/>
        <source>{matching} of {total} contact</source>
        <translation>{matching} از {total} ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="463"/>
        <source>{matching} of {total} contacts</source>
        <translation>{matching} از {total} ارتباط</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history_view.py" line="468"/>
        <source>%n contact</source>
        <translation>
            <numerusform>%n ارتباط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history_view.py" line="468"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n ارتباط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="472"/>
        <source>{total} contacts · scroll down for older ones</source>
        <translation>{total} ارتباط · برای موارد قدیمی‌تر به پایین بروید</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="71"/>
        <location filename="../../ui/import_dialog.py" line="72"/>
        <source>Import customers</source>
        <translation>وارد کردن مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="82"/>
        <source>Import customers from a CSV file exported by a CRM or a spreadsheet (CSV UTF-8, or Excel&apos;s Unicode text). The first line must name the columns. Every row is checked first: if one row has a problem, nothing is imported and every problem is listed.</source>
        <translation>مشتریان را از یک پرونده‌ی CSV که از CRM یا صفحه‌گسترده صادر شده است وارد کنید (CSV UTF-8 یا متن یونیکد Excel). سطر نخست باید نام ستون‌ها را داشته باشد. ابتدا همه‌ی سطرها بررسی می‌شوند: اگر حتی یک سطر مشکل داشته باشد، هیچ چیز وارد نمی‌شود و همه‌ی مشکلات فهرست می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="93"/>
        <source>File to import</source>
        <translation>پرونده‌ی ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="94"/>
        <source>Choose a .csv or .txt file</source>
        <translation>یک پرونده با پسوند csv یا txt انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="96"/>
        <source>&amp;Browse…</source>
        <translation>مرور(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="98"/>
        <location filename="../../ui/import_dialog.py" line="196"/>
        <source>Choose the file to import</source>
        <translation>انتخاب پرونده برای وارد کردن</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="107"/>
        <source>Region for national phone numbers</source>
        <translation>منطقه برای شماره‌تلفن‌های داخلی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="108"/>
        <source>e.g. TH</source>
        <translation>مثلاً TH</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="113"/>
        <source>&amp;File:</source>
        <translation>پرونده(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="116"/>
        <source>&amp;Region:</source>
        <translation>منطقه(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="119"/>
        <source>Reads national phone numbers in rows that have no country</source>
        <translation>شماره‌تلفن‌های داخلی را در سطرهایی که کشور ندارند تفسیر می‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="125"/>
        <source>About the file</source>
        <translation>درباره‌ی پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="130"/>
        <source>Columns and where they go</source>
        <translation>ستون‌ها و مقصد آن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="138"/>
        <source>Import progress</source>
        <translation>پیشرفت ورود</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>Import result</source>
        <translation>نتیجه‌ی ورود</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <source>Rows that were rejected</source>
        <translation>سطرهای ردشده</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="166"/>
        <source>&amp;Import</source>
        <translation>وارد کردن(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="169"/>
        <source>Import the customers</source>
        <translation>وارد کردن مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="198"/>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>پرونده‌های CSV یا متنی (*.csv *.txt *.tsv);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="218"/>
        <source>Reading the columns…</source>
        <translation>در حال خواندن ستون‌ها…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="230"/>
        <source>commas</source>
        <translation>ویرگول</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="230"/>
        <source>semicolons</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="230"/>
        <source>tabs</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="232"/>
        <source>{encoding} text, columns separated by {delimiter}. Choose where each column goes:</source>
        <translation>متن {encoding}، ستون‌ها جداشده با {delimiter}. مقصد هر ستون را انتخاب کنید:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="253"/>
        <source>Account or booking number</source>
        <translation>شماره‌ی حساب یا رزرو</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="254"/>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="255"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="256"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="257"/>
        <source>Phone numbers</source>
        <translation>شماره‌تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="258"/>
        <source>E-mail addresses</source>
        <translation>نشانی‌های ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="259"/>
        <source>Time zone</source>
        <translation>منطقه‌ی زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="260"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="261"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="262"/>
        <source>Do not call</source>
        <translation>تماس ممنوع</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="263"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="264"/>
        <source>Custom field</source>
        <translation>فیلد سفارشی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="265"/>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="277"/>
        <source>Column in the file</source>
        <translation>ستون در پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="278"/>
        <source>First value</source>
        <translation>نخستین مقدار</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="279"/>
        <source>Import as</source>
        <translation>وارد کردن به‌عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="285"/>
        <source>(column {number}, no name)</source>
        <translation>(ستون {number}، بی‌نام)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="293"/>
        <source>Import column “{name}” as</source>
        <translation>وارد کردن ستون «{name}» به‌عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="336"/>
        <location filename="../../ui/import_dialog.py" line="355"/>
        <source>Checking and importing the customers…</source>
        <translation>در حال بررسی و وارد کردن مشتریان…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="362"/>
        <source>Imported %n customer.</source>
        <translation>
            <numerusform>%n مشتری وارد شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="364"/>
        <source>Imported %n customers.</source>
        <translation>
            <numerusform>%n مشتری وارد شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="372"/>
        <source>%n problem</source>
        <translation>
            <numerusform>%n مشکل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="374"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n مشکل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="377"/>
        <source>%n line</source>
        <translation>
            <numerusform>%n سطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="379"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n سطر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="383"/>
        <source>Nothing was imported: {problems} on {lines}. Fix them in the file and import it again.</source>
        <translation>هیچ چیز وارد نشد: {problems} در {lines}. آن‌ها را در پرونده اصلاح کنید و دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="396"/>
        <source>Nothing was imported.</source>
        <translation>هیچ چیز وارد نشد.</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <location filename="../../ui/incident_banner.py" line="211"/>
        <location filename="../../ui/incident_banner.py" line="338"/>
        <source>Disruption</source>
        <translation>اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="272"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="274"/>
        <source>New disruption: {name}. {facts}</source>
        <translation>اختلال جدید: {name}. {facts}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="283"/>
        <source>Facts updated</source>
        <translation>اطلاعات به‌روز شد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="285"/>
        <source>Facts updated for {name}: {facts}</source>
        <translation>اطلاعات {name} به‌روز شد: {facts}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="305"/>
        <source>Updated {when} by {who}</source>
        <translation>به‌روزشده در {when} توسط {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="306"/>
        <source>Updated {when}</source>
        <translation>به‌روزشده در {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="340"/>
        <source>{n} disruptions</source>
        <translation>{n} اختلال</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="134"/>
        <location filename="../../ui/incident_dialog.py" line="135"/>
        <source>Disruptions</source>
        <translation>اختلال‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="217"/>
        <source>&amp;Open and recent</source>
        <translation>باز و اخیر(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="221"/>
        <source>Open and recent disruptions</source>
        <translation>اختلال‌های باز و اخیر</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="227"/>
        <source>&amp;New disruption…</source>
        <translation>اختلال جدید(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="227"/>
        <source>Declare a new disruption</source>
        <translation>اعلام اختلال جدید</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="255"/>
        <source>Close this window</source>
        <translation>بستن این پنجره</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="268"/>
        <source>Declare a disruption</source>
        <translation>اعلام اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="272"/>
        <source>Every console shows its name and facts in a banner as soon as you declare it. You can edit the facts later; every edit is kept.</source>
        <translation>به‌محض اعلام، همه‌ی کنسول‌ها نام و اطلاعات آن را در یک نوار نمایش می‌دهند. بعداً می‌توانید اطلاعات را ویرایش کنید؛ همه‌ی ویرایش‌ها نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="281"/>
        <source>Name of the disruption</source>
        <translation>نام اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="282"/>
        <source>Such as “AUR-1127 fire on board”</source>
        <translation>مانند «آتش‌سوزی در پرواز AUR-1127»</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="285"/>
        <source>Facts agents may tell customers</source>
        <translation>اطلاعاتی که کارشناسان می‌توانند به مشتریان بگویند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="286"/>
        <source>What agents may tell customers now</source>
        <translation>آنچه کارشناسان اکنون می‌توانند به مشتریان بگویند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="289"/>
        <location filename="../../ui/incident_dialog.py" line="352"/>
        <source>Standards communicated</source>
        <translation>تعهدات اعلام‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="290"/>
        <source>Such as “Refunds are processed within 5 business days”</source>
        <translation>مانند «بازپرداخت‌ها ظرف 5 روز کاری انجام می‌شوند»</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="294"/>
        <source>Queue that makes the callbacks</source>
        <translation>صفی که تماس‌های برگشتی را انجام می‌دهد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="295"/>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="300"/>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="302"/>
        <source>&amp;Declare</source>
        <translation>اعلام(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="302"/>
        <source>Declare the disruption</source>
        <translation>اعلام اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="303"/>
        <source>Declare it: every console shows the banner (Ctrl+Enter)</source>
        <translation>اعلام کنید: همه‌ی کنسول‌ها نوار را نمایش می‌دهند (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="312"/>
        <source>Na&amp;me</source>
        <translation>نام(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="314"/>
        <source>&amp;Facts</source>
        <translation>اطلاعات(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="316"/>
        <source>&amp;Standards</source>
        <translation>تعهدات(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="318"/>
        <source>&amp;Queue</source>
        <translation>صف(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="343"/>
        <source>About this disruption</source>
        <translation>درباره‌ی این اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="347"/>
        <source>What agents tell customers</source>
        <translation>آنچه کارشناسان به مشتریان می‌گویند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="349"/>
        <source>Current facts</source>
        <translation>اطلاعات کنونی</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="349"/>
        <source>The facts</source>
        <translation>اطلاعات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="353"/>
        <source>The standards communicated</source>
        <translation>تعهدات اعلام‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="359"/>
        <source>Facts result</source>
        <translation>نتیجه‌ی اطلاعات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="361"/>
        <source>&amp;Publish new facts</source>
        <translation>انتشار اطلاعات جدید(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="362"/>
        <source>Publish the new facts to every console</source>
        <translation>انتشار اطلاعات جدید در همه‌ی کنسول‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="363"/>
        <source>Every console&apos;s banner shows them at once (Ctrl+Enter)</source>
        <translation>نوار همه‌ی کنسول‌ها بی‌درنگ آن‌ها را نمایش می‌دهد (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="368"/>
        <source>Every edit of the facts, newest first</source>
        <translation>همه‌ی ویرایش‌های اطلاعات، جدیدترین در ابتدا</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="378"/>
        <source>F&amp;acts</source>
        <translation>اطلاعات(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="382"/>
        <source>S&amp;tandards</source>
        <translation>تعهدات(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="388"/>
        <source>&amp;History of the facts</source>
        <translation>سابقه‌ی اطلاعات(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="398"/>
        <source>Who is affected</source>
        <translation>چه کسانی تحت تأثیرند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="401"/>
        <source>Customer field</source>
        <translation>فیلد مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="405"/>
        <source>Value of the field</source>
        <translation>مقدار فیلد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="409"/>
        <source>Add &amp;matching customers</source>
        <translation>افزودن مشتریان منطبق(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="410"/>
        <source>Add every customer whose field has this value</source>
        <translation>افزودن همه‌ی مشتریانی که این فیلدشان این مقدار را دارد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="419"/>
        <source>Fi&amp;eld</source>
        <translation>فیلد(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="426"/>
        <source>Account or booking numbers</source>
        <translation>شماره‌های حساب یا رزرو</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="427"/>
        <source>One account or booking number per line, or paste a CSV export</source>
        <translation>در هر سطر یک شماره‌ی حساب یا رزرو، یا یک خروجی CSV را جای‌گذاری کنید</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="430"/>
        <source>Read a CSV &amp;file…</source>
        <translation>خواندن پرونده‌ی CSV(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="431"/>
        <source>Read the list from a CSV file</source>
        <translation>خواندن فهرست از پرونده‌ی CSV</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="435"/>
        <source>Add the &amp;list</source>
        <translation>افزودن فهرست(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="436"/>
        <source>Add the customers listed (all or nothing)</source>
        <translation>افزودن مشتریان فهرست‌شده (همه یا هیچ)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="444"/>
        <source>What adding customers did</source>
        <translation>نتیجه‌ی افزودن مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="448"/>
        <source>Lines that cannot be used</source>
        <translation>سطرهای غیرقابل‌استفاده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="452"/>
        <source>Or a list (a&amp;ll or nothing):</source>
        <translation>یا یک فهرست (همه یا هیچ)(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="464"/>
        <source>Proactive callbacks</source>
        <translation>تماس‌های برگشتی پیش‌دستانه</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="467"/>
        <source>Promise a callback to every affected customer who has none open: the most urgent first, each in their calling window, spread over the queue&apos;s agents. Running it again creates none for those who already have one.</source>
        <translation>به هر مشتری آسیب‌دیده‌ای که تماس برگشتی بازی ندارد، وعده‌ی تماس برگشتی بدهید: فوری‌ترین‌ها در ابتدا، هر کدام در بازه‌ی مجاز تماس خود و پخش‌شده میان کارشناسان صف. اجرای دوباره برای کسانی که از قبل یک تماس برگشتی دارند، مورد جدیدی نمی‌سازد.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="476"/>
        <source>&amp;Call every affected customer</source>
        <translation>تماس با همه‌ی مشتریان آسیب‌دیده(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="477"/>
        <source>Create a callback for every affected customer who has none open</source>
        <translation>ایجاد یک تماس برگشتی برای هر مشتری آسیب‌دیده‌ای که تماس برگشتی باز ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="482"/>
        <source>Creating the callbacks</source>
        <translation>در حال ایجاد تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="486"/>
        <source>What calling every affected customer did</source>
        <translation>نتیجه‌ی تماس با همه‌ی مشتریان آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="498"/>
        <source>Cl&amp;ose disruption…</source>
        <translation>بستن اختلال(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="499"/>
        <source>Close the disruption (asks first)</source>
        <translation>بستن اختلال (ابتدا تأیید می‌خواهد)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="500"/>
        <source>Removes the banner; callbacks stay, and each customer&apos;s history keeps it</source>
        <translation>نوار را حذف می‌کند؛ تماس‌های برگشتی می‌مانند و سابقه‌ی هر مشتری آن را نگه می‌دارد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="503"/>
        <source>Close result</source>
        <translation>نتیجه‌ی بستن</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="575"/>
        <location filename="../../ui/incident_dialog.py" line="633"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="575"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="576"/>
        <source>{n} affected</source>
        <translation>{n} آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="633"/>
        <source>Closed {when}</source>
        <translation>بسته‌شده در {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="637"/>
        <source>declared {when} by {who}</source>
        <translation>اعلام‌شده در {when} توسط {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="639"/>
        <location filename="../../ui/incident_dialog.py" line="657"/>
        <source>someone</source>
        <translation>شخصی</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="641"/>
        <source>callbacks by queue {queue}</source>
        <translation>تماس‌های برگشتی توسط صف {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="642"/>
        <source>no queue for callbacks</source>
        <translation>بدون صف برای تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="643"/>
        <source>{n} customers affected</source>
        <translation>{n} مشتری آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="655"/>
        <source>{when} · {who}</source>
        <translation>{when} · {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="660"/>
        <source>(current)</source>
        <translation>(کنونی)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="663"/>
        <source>Standards: {text}</source>
        <translation>تعهدات: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="697"/>
        <source>Choose… (none: no proactive callbacks)</source>
        <translation>انتخاب کنید… (هیچ: بدون تماس برگشتی پیش‌دستانه)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="775"/>
        <source>Published at {time}: every console shows the new facts.</source>
        <translation>در {time} منتشر شد: همه‌ی کنسول‌ها اطلاعات جدید را نمایش می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="802"/>
        <source>Choose the list of affected customers</source>
        <translation>انتخاب فهرست مشتریان آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="803"/>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>پرونده‌های CSV یا متنی (*.csv *.txt);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="825"/>
        <source>Read {n} line(s) from {file}: check them, then Add the list.</source>
        <translation>{n} سطر از {file} خوانده شد: آن‌ها را بررسی کنید، سپس «افزودن فهرست» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="857"/>
        <source>Added {added} customer(s); {already} were already affected.</source>
        <translation>{added} مشتری افزوده شد؛ {already} مشتری از قبل آسیب‌دیده بودند.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="872"/>
        <source>Nothing was added: {n} line(s) cannot be used. Correct them and add again.</source>
        <translation>هیچ موردی افزوده نشد: {n} سطر قابل استفاده نیست. آن‌ها را اصلاح کنید و دوباره بیفزایید.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="875"/>
        <source>Nothing was added: {problem}.</source>
        <translation>هیچ موردی افزوده نشد: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="895"/>
        <source>Starting…</source>
        <translation>در حال شروع…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="914"/>
        <source>Saving</source>
        <translation>در حال ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="914"/>
        <source>Planning</source>
        <translation>در حال برنامه‌ریزی</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="916"/>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} از {total}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="926"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="938"/>
        <source>Created {n} callback(s): the first due {first}, the last {last} (your time).</source>
        <translation>{n} تماس برگشتی ایجاد شد: نخستین سررسید {first}، آخرین {last} (به وقت شما).</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="945"/>
        <source>Created {n} callback(s).</source>
        <translation>{n} تماس برگشتی ایجاد شد.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="947"/>
        <source>Created no new callback.</source>
        <translation>هیچ تماس برگشتی جدیدی ایجاد نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="949"/>
        <source>Already had one open: {had} · Do not call: {dnc} · No phone number: {phone} · No calling window: {window}</source>
        <translation>از قبل یک مورد باز داشتند: {had} · تماس ممنوع: {dnc} · بدون شماره‌تلفن: {phone} · بدون بازه‌ی مجاز تماس: {window}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="955"/>
        <source>Took {s} s.</source>
        <translation>{s} ثانیه طول کشید.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="969"/>
        <source>Close the disruption</source>
        <translation>بستن اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="970"/>
        <source>Close “{name}”?</source>
        <translation>«{name}» بسته شود؟</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="973"/>
        <source>The banner disappears from every console. The callbacks already made stay and are worked as promised; each customer&apos;s history keeps the disruption.</source>
        <translation>نوار از همه‌ی کنسول‌ها حذف می‌شود. تماس‌های برگشتی ایجادشده باقی می‌مانند و طبق وعده انجام می‌شوند؛ سابقه‌ی هر مشتری این اختلال را نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="977"/>
        <source>Close disruption</source>
        <translation>بستن اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="979"/>
        <source>Keep it open</source>
        <translation>باز بماند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1003"/>
        <source>Closed. The banner is gone; its callbacks stay.</source>
        <translation>بسته شد. نوار حذف شد؛ تماس‌های برگشتی آن باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1036"/>
        <source>The database cannot be reached: nothing was saved. Try again.</source>
        <translation>دسترسی به پایگاه داده ممکن نیست: هیچ چیز ذخیره نشد. دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1159"/>
        <location filename="../../ui/incident_dialog.py" line="1168"/>
        <source>Disruptions</source>
        <translation>اختلال‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1173"/>
        <source>Disruptions and their callbacks</source>
        <translation>اختلال‌ها و تماس‌های برگشتی آن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1189"/>
        <source>Click a disruption (or Enter) to list its callbacks.</source>
        <translation>برای فهرست کردن تماس‌های برگشتی یک اختلال، روی آن کلیک کنید (یا Enter را بزنید).</translation>
    </message>
</context>
<context>
    <name>IncidentRow</name>
    <message>
        <location filename="../../ui/incident_banner.py" line="101"/>
        <source>Facts updated</source>
        <translation>اطلاعات به‌روز شد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="107"/>
        <source>When and by whom the facts were updated</source>
        <translation>زمان و شخص به‌روزکننده‌ی اطلاعات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="111"/>
        <source>What to tell customers</source>
        <translation>آنچه باید به مشتریان گفت</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="121"/>
        <source>Our standards</source>
        <translation>تعهدات ما</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="160"/>
        <source>Disruption: {name}</source>
        <translation>اختلال: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="164"/>
        <source>Our standards: {standards}</source>
        <translation>تعهدات ما: {standards}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="198"/>
        <source>Facts: {facts}</source>
        <translation>اطلاعات: {facts}</translation>
    </message>
</context>
<context>
    <name>IncidentStatsModel</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1082"/>
        <source>Disruption</source>
        <translation>اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1082"/>
        <source>Affected</source>
        <translation>آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1082"/>
        <source>Reached</source>
        <translation>تماس موفق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1083"/>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1083"/>
        <source>Broken
promises</source>
        <translation>وعده‌های
عمل‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1083"/>
        <source>No promise
yet</source>
        <translation>هنوز
بدون وعده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1084"/>
        <source>Average wait to
first contact</source>
        <translation>میانگین انتظار تا
نخستین ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1090"/>
        <source>The disruption (closed ones stay for 30 days)</source>
        <translation>اختلال (موارد بسته‌شده 30 روز باقی می‌مانند)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1091"/>
        <source>Customers affected</source>
        <translation>مشتریان آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1092"/>
        <source>Customers reached on one of its callbacks (kept or broken)</source>
        <translation>مشتریانی که در یکی از تماس‌های برگشتی آن با آن‌ها ارتباط برقرار شد (عمل‌شده یا عمل‌نشده)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1093"/>
        <source>Its callbacks still to make</source>
        <translation>تماس‌های برگشتی باقی‌مانده‌ی آن</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1094"/>
        <source>Its promises broken or failed, and those overdue now</source>
        <translation>وعده‌های عمل‌نشده یا ناموفق آن، و موارد اکنون معوق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1095"/>
        <source>Affected customers with no callback for it and none open</source>
        <translation>مشتریان آسیب‌دیده‌ای که برای آن تماس برگشتی ندارند و هیچ مورد بازی هم ندارند</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1096"/>
        <source>From the declaration to reaching the customer, on average</source>
        <translation>میانگین زمان از اعلام تا برقراری ارتباط با مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1104"/>
        <source>{name} (closed)</source>
        <translation>{name} (بسته)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1116"/>
        <source>Nobody reached yet</source>
        <translation>هنوز با کسی ارتباط برقرار نشده</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1130"/>
        <source>Callbacks for the disruption “{name}”</source>
        <translation>تماس‌های برگشتی اختلال «{name}»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Customers and callbacks</source>
        <translation>مشتریان و تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>Callbacks</source>
        <translation>تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Find a customer</source>
        <translation>یافتن مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Offline</source>
        <translation>آفلاین</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Desk and dashboard</source>
        <translation>میز کار و داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Desk</source>
        <translation>میز کار</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>Connection status</source>
        <translation>وضعیت اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Import customers…</source>
        <translation>وارد کردن مشتریان(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Find customer…</source>
        <translation>یافتن مشتری(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;Refresh</source>
        <translation>تازه‌سازی(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Add &amp;note</source>
        <translation>افزودن یادداشت(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>&amp;Edit customer…</source>
        <translation>ویرایش مشتری(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Ne&amp;w customer…</source>
        <translation>مشتری جدید(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Give &amp;goodwill…</source>
        <translation>اعطای دلجویی(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Schedule &amp;callback…</source>
        <translation>زمان‌بندی تماس برگشتی(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;My callbacks</source>
        <translation>تماس‌های برگشتی من(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Next callback</source>
        <translation>تماس برگشتی بعدی(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;Export my callbacks to a calendar…</source>
        <translation>صدور تماس‌های برگشتی من به تقویم(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Warm &amp;transfer…</source>
        <translation>انتقال هماهنگ‌شده(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>&amp;About Agent Console</source>
        <translation>درباره‌ی Agent Console(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;File</source>
        <translation>پرونده(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>&amp;Customer</source>
        <translation>مشتری(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>C&amp;allbacks</source>
        <translation>تماس‌های برگشتی(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>&amp;Desk</source>
        <translation>میز کار(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>D&amp;ashboard</source>
        <translation>داشبورد(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;View</source>
        <translation>نما(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>&amp;Declare or manage…</source>
        <translation>اعلام یا مدیریت(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>Disrupt&amp;ion</source>
        <translation>اختلال(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>&amp;Help</source>
        <translation>راهنما(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <location filename="../../ui/main_window.py" line="437"/>
        <location filename="../../ui/main_window.py" line="574"/>
        <source>Open a customer first.</source>
        <translation>ابتدا یک مشتری را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>Handover accepted {time}</source>
        <translation>تحویل در {time} پذیرفته شد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Nothing is due right now: no callback to take.</source>
        <translation>اکنون موعد هیچ تماس برگشتی نرسیده است: موردی برای دریافت نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>Callbacks ({n})</source>
        <translation>تماس‌های برگشتی ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="509"/>
        <source>Export my callbacks</source>
        <translation>صدور تماس‌های برگشتی من</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>Calendar files (*.ics)</source>
        <translation>پرونده‌های تقویم (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>{n} callback(s) exported to {path}.</source>
        <translation>{n} تماس برگشتی به {path} صادر شد.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="566"/>
        <source>Open a customer first, then edit it.</source>
        <translation>ابتدا یک مشتری را باز کنید، سپس آن را ویرایش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="627"/>
        <source>&amp;Unsaved notes ({n})</source>
        <translation>یادداشت‌های ذخیره‌نشده ({n})(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="637"/>
        <source>{n} unsaved note(s) from last time: Customer ▸ Unsaved notes.</source>
        <translation>{n} یادداشت ذخیره‌نشده از دفعه‌ی قبل: مشتری ◂ یادداشت‌های ذخیره‌نشده.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652"/>
        <source>Move from the search box into the results</source>
        <translation>رفتن از کادر جست‌وجو به نتایج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653"/>
        <source>Open the selected customer</source>
        <translation>باز کردن مشتری انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="654"/>
        <source>Back to the search box</source>
        <translation>بازگشت به کادر جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="654"/>
        <source>Up on the first result, or Esc</source>
        <translation>Up روی نخستین نتیجه، یا Esc</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="655"/>
        <source>Clear the search</source>
        <translation>پاک کردن جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="655"/>
        <source>Esc in the search box</source>
        <translation>Esc در کادر جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="691"/>
        <source>agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="693"/>
        <source>admin</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Connected · {database} · {user}</source>
        <translation>متصل · {database} · {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="706"/>
        <source>Offline · reconnecting… · {user}</source>
        <translation>آفلاین · در حال اتصال دوباره… · {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="710"/>
        <source>Offline: {message}
What is on screen may be out of date. The console keeps trying to reconnect; press F5 to try now.</source>
        <translation>آفلاین: {message}
ممکن است آنچه روی صفحه است به‌روز نباشد. کنسول پیوسته برای اتصال دوباره تلاش می‌کند؛ برای تلاش فوری F5 را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="726"/>
        <source>Connected again.</source>
        <translation>دوباره متصل شد.</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../../ui/note_composer.py" line="79"/>
        <source>Add a note or log a call</source>
        <translation>افزودن یادداشت یا ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="98"/>
        <source>Note text</source>
        <translation>متن یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="99"/>
        <location filename="../../ui/note_composer.py" line="453"/>
        <source>Add a note about this customer…</source>
        <translation>یادداشتی درباره‌ی این مشتری بیفزایید…</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="104"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="105"/>
        <source>Write a note about this customer</source>
        <translation>نوشتن یادداشت درباره‌ی این مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="106"/>
        <location filename="../../ui/note_composer.py" line="455"/>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="107"/>
        <source>Record a call and how it ended</source>
        <translation>ثبت یک تماس و نتیجه‌ی آن</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="117"/>
        <source>Call direction</source>
        <translation>جهت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="118"/>
        <source>Inbound</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="118"/>
        <source>Outbound</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="123"/>
        <source>Call outcome</source>
        <translation>نتیجه‌ی تماس</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="129"/>
        <location filename="../../ui/note_composer.py" line="455"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="131"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>ذخیره (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="132"/>
        <location filename="../../ui/note_composer.py" line="457"/>
        <source>Save the note</source>
        <translation>ذخیره‌ی یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="134"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="140"/>
        <source>Note status</source>
        <translation>وضعیت یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="199"/>
        <source>Resolved</source>
        <translation>حل شد</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="200"/>
        <source>Informed</source>
        <translation>اطلاع داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="201"/>
        <source>Callback promised</source>
        <translation>وعده‌ی تماس برگشتی داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="202"/>
        <source>Transferred</source>
        <translation>منتقل شد</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="203"/>
        <source>Escalated</source>
        <translation>به سطح بالاتر ارجاع شد</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="204"/>
        <source>No answer</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="205"/>
        <source>Voicemail</source>
        <translation>پیام صوتی</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="285"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="356"/>
        <source>Your unsaved draft is back.</source>
        <translation>پیش‌نویس ذخیره‌نشده‌ی شما بازگردانده شد.</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="365"/>
        <source>Your text could not be kept as a draft ({error}). Save it before you close the console.</source>
        <translation>متن شما را نمی‌توان به‌صورت پیش‌نویس نگه داشت ({error}). پیش از بستن کنسول آن را ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="408"/>
        <source>Not saved: the database cannot be reached. Your text is kept as a draft.</source>
        <translation>ذخیره نشد: دسترسی به پایگاه داده ممکن نیست. متن شما به‌صورت پیش‌نویس نگه داشته شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="451"/>
        <source>What was the call about? (optional)</source>
        <translation>موضوع تماس چه بود؟ (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="457"/>
        <source>Log the call</source>
        <translation>ثبت تماس</translation>
    </message>
</context>
<context>
    <name>PopBanner</name>
    <message>
        <location filename="../../ui/pop_banner.py" line="214"/>
        <location filename="../../ui/pop_banner.py" line="242"/>
        <source>Why they may be calling</source>
        <translation>دلیل احتمالی تماس</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="231"/>
        <source>Dismiss the call banner</source>
        <translation>بستن نوار تماس</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="232"/>
        <source>Dismiss (Esc)</source>
        <translation>بستن (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="286"/>
        <location filename="../../ui/pop_banner.py" line="319"/>
        <source>Incoming call {number}</source>
        <translation>تماس ورودی {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="287"/>
        <source>Looking up the caller…</source>
        <translation>در حال یافتن تماس‌گیرنده…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="298"/>
        <source>No earlier contact on file.</source>
        <translation>هیچ ارتباط قبلی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="303"/>
        <source>New caller</source>
        <translation>تماس‌گیرنده‌ی جدید</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="307"/>
        <source>No customer has the number {number} (given as “{typed}”).</source>
        <translation>هیچ مشتری‌ای شماره‌ی {number} را ندارد (واردشده به‌صورت «{typed}»).</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="309"/>
        <source>No customer has the number {number}.</source>
        <translation>هیچ مشتری‌ای شماره‌ی {number} را ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="312"/>
        <source>&amp;Create customer…</source>
        <translation>ایجاد مشتری(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="313"/>
        <source>Create a customer with this number</source>
        <translation>ایجاد مشتری با این شماره</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pop_banner.py" line="321"/>
        <source>%n customers share this number: choose who is calling.</source>
        <translation>
            <numerusform>%n مشتری این شماره را دارند: تماس‌گیرنده را انتخاب کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="323"/>
        <source>C&amp;hoose the caller…</source>
        <translation>انتخاب تماس‌گیرنده(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="324"/>
        <source>Choose the caller</source>
        <translation>انتخاب تماس‌گیرنده</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="342"/>
        <source>affected: tell them the current facts (the banner at the top)</source>
        <translation>آسیب‌دیده: اطلاعات کنونی را به او بگویید (نوار بالای صفحه)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="344"/>
        <source>Disruption</source>
        <translation>اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="370"/>
        <source>Call ID {id}</source>
        <translation>شناسه‌ی تماس {id}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="372"/>
        <source>Queue {queue}</source>
        <translation>صف {queue}</translation>
    </message>
</context>
<context>
    <name>PopController</name>
    <message>
        <location filename="../../ui/pop_controller.py" line="176"/>
        <source>{number}: choose who is calling.</source>
        <translation>{number}: تماس‌گیرنده را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="201"/>
        <source>Call from {name} ({number})</source>
        <translation>تماس از {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="211"/>
        <source>New caller {number}: no customer has this number yet.</source>
        <translation>تماس‌گیرنده‌ی جدید {number}: هنوز هیچ مشتری‌ای این شماره را ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="217"/>
        <source>Call from an unknown number {number}</source>
        <translation>تماس از شماره‌ی ناشناس {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="303"/>
        <source>Screen-pop listener on 127.0.0.1:{port}</source>
        <translation>شنونده‌ی نمایش خودکار تماس روی 127.0.0.1:{port}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="312"/>
        <source>The screen-pop listener is off: {reason}</source>
        <translation>شنونده‌ی نمایش خودکار تماس خاموش است: {reason}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="67"/>
        <location filename="../../ui/dashboard_drill.py" line="68"/>
        <source>Reassign callbacks</source>
        <translation>واگذاری مجدد تماس‌های برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="74"/>
        <source>To an &amp;agent</source>
        <translation>به یک کارشناس(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="76"/>
        <source>Reassign to an agent</source>
        <translation>واگذاری مجدد به یک کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="77"/>
        <source>To a &amp;queue</source>
        <translation>به یک صف(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="79"/>
        <source>Reassign to a queue</source>
        <translation>واگذاری مجدد به یک صف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="86"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="89"/>
        <source>Queue</source>
        <translation>صف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="93"/>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="96"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="97"/>
        <source>Why (kept in the callback&apos;s history)</source>
        <translation>دلیل (در سابقه‌ی تماس برگشتی نگه داشته می‌شود)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="108"/>
        <location filename="../../ui/dashboard_drill.py" line="179"/>
        <source>Reassign</source>
        <translation>واگذاری مجدد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="118"/>
        <source>&amp;Reason</source>
        <translation>دلیل(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="135"/>
        <source>Reassign 1 callback</source>
        <translation>واگذاری مجدد 1 تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="136"/>
        <source>Reassign {n} callbacks</source>
        <translation>واگذاری مجدد {n} تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="150"/>
        <source>Not available</source>
        <translation>در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="179"/>
        <source>Reassigning…</source>
        <translation>در حال واگذاری مجدد…</translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message>
        <location filename="../../ui/rejections_model.py" line="22"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="22"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="22"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="22"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="144"/>
        <location filename="../../ui/script_editor_dialog.py" line="773"/>
        <source>Scripts</source>
        <translation>متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="145"/>
        <source>Script editor</source>
        <translation>ویرایشگر متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="166"/>
        <source>All scripts, in library order</source>
        <translation>همه‌ی متن‌های آماده، به ترتیب کتابخانه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="169"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="169"/>
        <source>A new script</source>
        <translation>متن آماده‌ی جدید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="172"/>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="175"/>
        <source>Earlier in the library</source>
        <translation>جلوتر در کتابخانه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="178"/>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="181"/>
        <source>Later in the library</source>
        <translation>عقب‌تر در کتابخانه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="184"/>
        <source>Import…</source>
        <translation>وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="187"/>
        <source>Import scripts from a file</source>
        <translation>وارد کردن متن‌های آماده از پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="190"/>
        <source>Export…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="193"/>
        <source>Export every script to a file</source>
        <translation>صدور همه‌ی متن‌های آماده به پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="210"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="215"/>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="215"/>
        <source>e.g. refund-delay</source>
        <translation>مثلاً refund-delay</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="216"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="219"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="223"/>
        <source>Description for agents</source>
        <translation>توضیح برای کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="229"/>
        <source>Language shown when the customer&apos;s is missing</source>
        <translation>زبانی که وقتی زبان مشتری ثبت نشده نمایش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="232"/>
        <source>Shortcut</source>
        <translation>میان‌بر</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="232"/>
        <source>e.g. Ctrl+Alt+R (optional)</source>
        <translation>مثلاً Ctrl+Alt+R (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="240"/>
        <source>Queues</source>
        <translation>صف‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="241"/>
        <source>Every queue — or names, e.g. Refunds, Cruise care</source>
        <translation>همه‌ی صف‌ها — یا نام‌ها، مثلاً Refunds, Cruise care</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="244"/>
        <source>&amp;Key:</source>
        <translation>کلید(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="245"/>
        <source>&amp;Title:</source>
        <translation>عنوان(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="246"/>
        <source>C&amp;ategory:</source>
        <translation>دسته(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="247"/>
        <source>&amp;Description:</source>
        <translation>توضیح(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="248"/>
        <source>&amp;Queues:</source>
        <translation>صف‌ها(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="252"/>
        <source>S&amp;hortcut:</source>
        <translation>میان‌بر(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="255"/>
        <source>Default &amp;language:</source>
        <translation>زبان پیش‌فرض(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="259"/>
        <source>Languages of the script</source>
        <translation>زبان‌های متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="261"/>
        <source>New language code</source>
        <translation>کد زبان جدید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="261"/>
        <source>e.g. th</source>
        <translation>مثلاً th</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="265"/>
        <source>Add language</source>
        <translation>افزودن زبان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="268"/>
        <source>Add a language</source>
        <translation>افزودن یک زبان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="271"/>
        <source>Remove this language</source>
        <translation>حذف این زبان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="274"/>
        <source>Remove the language shown</source>
        <translation>حذف زبان نمایش‌داده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="283"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="283"/>
        <source>Why it is retired or restored (optional)</source>
        <translation>دلیل بایگانی یا بازگردانی (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="286"/>
        <location filename="../../ui/script_editor_dialog.py" line="758"/>
        <source>Retire</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="286"/>
        <source>Hide the script from agents</source>
        <translation>پنهان کردن متن آماده از کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="289"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="289"/>
        <source>Save as a new version</source>
        <translation>ذخیره به‌عنوان نسخه‌ی جدید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="307"/>
        <source>Versions, newest first</source>
        <translation>نسخه‌ها، جدیدترین در ابتدا</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="311"/>
        <source>What the version said</source>
        <translation>متن این نسخه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="320"/>
        <source>Script and history</source>
        <translation>متن آماده و سابقه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="321"/>
        <source>&amp;Script</source>
        <translation>متن آماده(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="322"/>
        <source>&amp;History</source>
        <translation>سابقه(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="326"/>
        <source>Import and export report</source>
        <translation>گزارش ورود و صدور</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="516"/>
        <source>Import scripts</source>
        <translation>وارد کردن متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="516"/>
        <source>Script files (*.json);;All files (*)</source>
        <translation>پرونده‌های متن آماده (*.json);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="533"/>
        <source>Export scripts</source>
        <translation>صدور متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="533"/>
        <source>Script files (*.json)</source>
        <translation>پرونده‌های متن آماده (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="541"/>
        <source>{n} script(s) exported to {path}.</source>
        <translation>{n} متن آماده به {path} صادر شد.</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="562"/>
        <source> (retired)</source>
        <translation> (بایگانی‌شده)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="618"/>
        <source>“{title}” {what}: version {n}.</source>
        <translation>«{title}» {what}: نسخه‌ی {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="630"/>
        <source>saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="631"/>
        <location filename="../../ui/script_editor_dialog.py" line="680"/>
        <source>retired</source>
        <translation>بایگانی شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="632"/>
        <location filename="../../ui/script_editor_dialog.py" line="681"/>
        <source>restored</source>
        <translation>بازگردانی شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="678"/>
        <source>created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="679"/>
        <source>edited</source>
        <translation>ویرایش شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="682"/>
        <source>imported</source>
        <translation>وارد شد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="683"/>
        <source>shipped</source>
        <translation>ارائه‌شده همراه برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="687"/>
        <source>the program</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="758"/>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="769"/>
        <source>New script</source>
        <translation>متن آماده‌ی جدید</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="771"/>
        <source>Script: {title} (version {n})</source>
        <translation>متن آماده: {title} (نسخه‌ی {n})</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="805"/>
        <source>{code} is there already.</source>
        <translation>{code} از قبل وجود دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="816"/>
        <source>A script needs at least one language.</source>
        <translation>متن آماده باید دست‌کم یک زبان داشته باشد.</translation>
    </message>
</context>
<context>
    <name>ScriptLibrary</name>
    <message>
        <location filename="../../ui/script_library.py" line="255"/>
        <location filename="../../ui/script_library.py" line="678"/>
        <source>Script library</source>
        <translation>کتابخانه‌ی متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="305"/>
        <source>Search scripts</source>
        <translation>جست‌وجوی متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="306"/>
        <source>Search scripts…</source>
        <translation>جست‌وجوی متن‌های آماده…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="308"/>
        <source>Search scripts ({key}): ↑/↓ choose, Enter inserts, Esc goes back</source>
        <translation>جست‌وجوی متن‌های آماده ({key}): ↑/↓ برای انتخاب، Enter برای درج، Esc برای بازگشت</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="318"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="319"/>
        <source>All categories</source>
        <translation>همه‌ی دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="324"/>
        <location filename="../../ui/script_library.py" line="676"/>
        <source>Scripts</source>
        <translation>متن‌های آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="345"/>
        <source>Favourite</source>
        <translation>برگزیده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="347"/>
        <source>Favourite: the first nine get Alt+1…9 ({key})</source>
        <translation>برگزیده: نُه مورد نخست Alt+1…9 می‌گیرند ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="360"/>
        <source>Language of the script</source>
        <translation>زبان متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="361"/>
        <source>Show another language of this script</source>
        <translation>نمایش زبان دیگری از این متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="366"/>
        <source>Language notice</source>
        <translation>اعلان زبان</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="373"/>
        <source>Preview of the filled script</source>
        <translation>پیش‌نمایش متن آماده‌ی تکمیل‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="381"/>
        <source>Values to type</source>
        <translation>مقادیری که باید وارد شوند</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="390"/>
        <source>Where the script goes</source>
        <translation>مقصد متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="394"/>
        <location filename="../../ui/script_library.py" line="1331"/>
        <source>Insert</source>
        <translation>درج</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="396"/>
        <source>Insert the script</source>
        <translation>درج متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="398"/>
        <location filename="../../ui/script_library.py" line="1215"/>
        <source>Insert at the cursor of the note or transfer field (Enter)</source>
        <translation>درج در محل مکان‌نما در فیلد یادداشت یا انتقال (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="401"/>
        <location filename="../../ui/script_library.py" line="1333"/>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="403"/>
        <source>Copy the script</source>
        <translation>رونوشت از متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="404"/>
        <source>Copy the filled text to the clipboard (Ctrl+C)</source>
        <translation>رونوشت از متن تکمیل‌شده در حافظه‌ی موقت (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="408"/>
        <location filename="../../ui/script_library.py" line="1347"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="410"/>
        <source>Edit the script</source>
        <translation>ویرایش متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="411"/>
        <source>Change this script (supervisors)</source>
        <translation>تغییر این متن آماده (سرپرستان)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="546"/>
        <source>No note or transfer field was chosen: “{title}” is on the clipboard — paste it with Ctrl+V.</source>
        <translation>هیچ فیلد یادداشت یا انتقالی انتخاب نشده بود: «{title}» در حافظه‌ی موقت است — با Ctrl+V آن را جای‌گذاری کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="549"/>
        <source>The field you were in cannot take it now (saving, or another customer&apos;s): “{title}” is on the clipboard instead.</source>
        <translation>فیلدی که در آن بودید اکنون نمی‌تواند آن را بپذیرد (در حال ذخیره است یا متعلق به مشتری دیگری است): به‌جای آن، «{title}» در حافظه‌ی موقت است.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="559"/>
        <source>“{title}” is too long for that field: it is on the clipboard instead.</source>
        <translation>«{title}» برای آن فیلد بیش از حد طولانی است: به‌جای آن، در حافظه‌ی موقت قرار گرفت.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="566"/>
        <location filename="../../ui/script_library.py" line="1268"/>
        <source>the text field</source>
        <translation>فیلد متنی</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="568"/>
        <source>“{title}” inserted into {where}.</source>
        <translation>«{title}» در {where} درج شد.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="585"/>
        <source>“{title}” copied to the clipboard.</source>
        <translation>از «{title}» در حافظه‌ی موقت رونوشت گرفته شد.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="618"/>
        <source>No favourite script {n}: star a script in the library ({key}).</source>
        <translation>متن آماده‌ی برگزیده‌ی {n} وجود ندارد: در کتابخانه یک متن آماده را ستاره‌دار کنید ({key}).</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="641"/>
        <source>“{title}” is a favourite now.</source>
        <translation>«{title}» اکنون برگزیده است.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="643"/>
        <source>“{title}” is no longer a favourite.</source>
        <translation>«{title}» دیگر برگزیده نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="703"/>
        <source>&amp;Scripts</source>
        <translation>متن‌های آماده(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="716"/>
        <source>Script &amp;library</source>
        <translation>کتابخانه‌ی متن‌های آماده(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="718"/>
        <source>&amp;Insert the chosen script</source>
        <translation>درج متن آماده‌ی انتخاب‌شده(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="719"/>
        <source>&amp;Copy the chosen script</source>
        <translation>رونوشت از متن آماده‌ی انتخاب‌شده(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="721"/>
        <source>Add to or remove from &amp;favourites</source>
        <translation>افزودن به برگزیده‌ها یا حذف از آن‌ها(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="726"/>
        <source>Show the script &amp;library</source>
        <translation>نمایش کتابخانه‌ی متن‌های آماده(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="732"/>
        <source>&amp;Manage scripts…</source>
        <translation>مدیریت متن‌های آماده(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="734"/>
        <source>&amp;New script…</source>
        <translation>متن آماده‌ی جدید(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="736"/>
        <source>&amp;Import scripts…</source>
        <translation>وارد کردن متن‌های آماده(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="739"/>
        <source>&amp;Export scripts…</source>
        <translation>صدور متن‌های آماده(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="755"/>
        <source>Insert favourite script 1…9</source>
        <translation>درج متن آماده‌ی برگزیده‌ی 1…9</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="755"/>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="757"/>
        <source>Insert a script by its own shortcut</source>
        <translation>درج متن آماده با میان‌بر اختصاصی آن</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="758"/>
        <source>shown beside it in the library</source>
        <translation>در کنار آن در کتابخانه نمایش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="760"/>
        <source>Choose a script while searching</source>
        <translation>انتخاب متن آماده هنگام جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="760"/>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="761"/>
        <source>Insert the chosen script</source>
        <translation>درج متن آماده‌ی انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="761"/>
        <source>Enter in the library</source>
        <translation>Enter در کتابخانه</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="762"/>
        <source>Copy the chosen script</source>
        <translation>رونوشت از متن آماده‌ی انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="762"/>
        <source>Ctrl+C in the list</source>
        <translation>Ctrl+C در فهرست</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="763"/>
        <source>Back to the note from the library</source>
        <translation>بازگشت از کتابخانه به یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="763"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="766"/>
        <source>Insert “{title}”</source>
        <translation>درج «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="886"/>
        <source>used once</source>
        <translation>یک بار استفاده شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="888"/>
        <source>used {n} times</source>
        <translation>{n} بار استفاده شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="890"/>
        <source>not used yet</source>
        <translation>هنوز استفاده نشده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="918"/>
        <source>No script matches.</source>
        <translation>هیچ متن آماده‌ای مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="920"/>
        <source>No scripts for your queues yet.</source>
        <translation>هنوز هیچ متن آماده‌ای برای صف‌های شما وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1054"/>
        <source>Choose a script</source>
        <translation>انتخاب متن آماده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1068"/>
        <source>Reading the customer&apos;s details…</source>
        <translation>در حال خواندن مشخصات مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1116"/>
        <source>The customer&apos;s language is not recorded — {shown} shown</source>
        <translation>زبان مشتری ثبت نشده است — {shown} نمایش داده شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1120"/>
        <source>{shown} chosen — the customer&apos;s language is {customer}</source>
        <translation>{shown} انتخاب شده — زبان مشتری {customer} است</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1124"/>
        <source>{customer} not available — {shown} shown</source>
        <translation>{customer} موجود نیست — {shown} نمایش داده شده</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1151"/>
        <source>Open a customer to fill in their details.</source>
        <translation>برای تکمیل مشخصات، یک مشتری را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1173"/>
        <source>Type it here: the script needs it</source>
        <translation>اینجا وارد کنید: متن آماده به آن نیاز دارد</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1175"/>
        <source>Your answer for this customer</source>
        <translation>پاسخ شما برای این مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1211"/>
        <source>Type the {n} highlighted value(s) first</source>
        <translation>ابتدا {n} مقدار مشخص‌شده را وارد کنید</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1228"/>
        <source>Type what the script needs ({names}), then press Enter to insert.</source>
        <translation>آنچه متن آماده نیاز دارد ({names}) را وارد کنید، سپس برای درج Enter را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1267"/>
        <source>Goes into: {field}</source>
        <translation>مقصد: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1273"/>
        <source>No note or transfer field chosen: Insert copies to the clipboard.</source>
        <translation>هیچ فیلد یادداشت یا انتقالی انتخاب نشده است: «درج» متن را در حافظه‌ی موقت رونوشت می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1337"/>
        <source>Remove from favourites</source>
        <translation>حذف از برگزیده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1339"/>
        <source>Add to favourites</source>
        <translation>افزودن به برگزیده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1343"/>
        <source>Move up in favourites</source>
        <translation>بالا بردن در برگزیده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1344"/>
        <source>Move down in favourites</source>
        <translation>پایین بردن در برگزیده‌ها</translation>
    </message>
</context>
<context>
    <name>ScriptPopup</name>
    <message>
        <location filename="../../ui/script_library.py" line="1367"/>
        <source>Scripts</source>
        <translation>متن‌های آماده</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_results_model.py" line="21"/>
        <source>Disruption</source>
        <translation>اختلال</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="38"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="38"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="38"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="38"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="39"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="55"/>
        <source>Disruption: {names}</source>
        <translation>اختلال: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="68"/>
        <source>Found by phone number</source>
        <translation>یافته‌شده با شماره‌تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="69"/>
        <source>Found by email</source>
        <translation>یافته‌شده با ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="70"/>
        <source>Found by account number</source>
        <translation>یافته‌شده با شماره‌ی حساب</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="71"/>
        <source>Found by name</source>
        <translation>یافته‌شده با نام</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="72"/>
        <source>A similar name: nobody&apos;s name contains what you typed</source>
        <translation>نامی مشابه: نام هیچ‌کس شامل آنچه تایپ کردید نیست</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="28"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="37"/>
        <source>Action</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="37"/>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/callback_reminder.py" line="246"/>
        <source>Snooze the reminder</source>
        <translation>تعویق یادآور</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="250"/>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="253"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="256"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="257"/>
        <source>On another call, customer asked…</source>
        <translation>در تماس دیگری هستم، مشتری درخواست کرد…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="264"/>
        <source>&amp;For</source>
        <translation>به مدت(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="265"/>
        <source>&amp;Why</source>
        <translation>دلیل(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="279"/>
        <source>Say why: your supervisor sees snoozed reminders.</source>
        <translation>دلیل را بنویسید: سرپرست شما یادآورهای به‌تعویق‌افتاده را می‌بیند.</translation>
    </message>
</context>
<context>
    <name>TileButton</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="184"/>
        <source>Above the alert threshold. </source>
        <translation>بالاتر از آستانه‌ی هشدار. </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="186"/>
        <source>{what} — click or press Enter to list the callbacks.</source>
        <translation>{what} — برای فهرست کردن تماس‌های برگشتی، کلیک کنید یا Enter را بزنید.</translation>
    </message>
</context>
<context>
    <name>TransferFormDialog</name>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="145"/>
        <source>Warm transfer</source>
        <translation>انتقال هماهنگ‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="172"/>
        <source>a colleague or queue</source>
        <translation>یک همکار یا صف</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="173"/>
        <source>a colleague who is signed in, or a queue</source>
        <translation>یک همکار واردشده به سیستم، یا یک صف</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="174"/>
        <source>reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="175"/>
        <source>the customer&apos;s issue</source>
        <translation>مشکل مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="176"/>
        <source>what was already tried</source>
        <translation>اقدامات انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="177"/>
        <source>what was promised</source>
        <translation>آنچه وعده داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="178"/>
        <source>identity verified</source>
        <translation>احراز هویت</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="179"/>
        <source>the customer&apos;s mood</source>
        <translation>حال مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="180"/>
        <source>notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="181"/>
        <source>why another handover is needed</source>
        <translation>دلیل نیاز به تحویل دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="205"/>
        <source>Opening the customer…</source>
        <translation>در حال باز کردن مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="207"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="218"/>
        <source>Your colleague reads this before accepting: the customer should not have to explain anything again.</source>
        <translation>همکار شما پیش از پذیرفتن این را می‌خواند: مشتری نباید چیزی را دوباره توضیح دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="229"/>
        <source>Transfer status</source>
        <translation>وضعیت انتقال</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="236"/>
        <source>Transfer to</source>
        <translation>انتقال به</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="238"/>
        <source>Type part of a name or a queue; colleagues who are not signed in are greyed</source>
        <translation>بخشی از یک نام یا صف را تایپ کنید؛ همکارانی که وارد سیستم نشده‌اند کم‌رنگ نمایش داده می‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="251"/>
        <source>Search colleagues and queues</source>
        <translation>جست‌وجوی همکاران و صف‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="252"/>
        <source>Type a colleague&apos;s name or a queue…</source>
        <translation>نام یک همکار یا صف را تایپ کنید…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="261"/>
        <source>Reason for the transfer</source>
        <translation>دلیل انتقال</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="268"/>
        <source>The customer&apos;s issue</source>
        <translation>مشکل مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="269"/>
        <source>One sentence: what the customer needs</source>
        <translation>در یک جمله: مشتری به چه چیزی نیاز دارد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="274"/>
        <source>What was already tried</source>
        <translation>اقدامات انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="275"/>
        <source>Checks made, steps taken, who was asked</source>
        <translation>بررسی‌های انجام‌شده، اقدامات صورت‌گرفته، از چه کسی پرسیده شد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="278"/>
        <source>What was promised</source>
        <translation>آنچه وعده داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="279"/>
        <source>What the customer was told will happen, and by when</source>
        <translation>آنچه به مشتری گفته شد که انجام خواهد شد، و تا چه زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="283"/>
        <source>Link an open promise</source>
        <translation>پیوند به یک وعده‌ی باز</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="284"/>
        <source>Link one of the customer&apos;s open callbacks</source>
        <translation>پیوند به یکی از تماس‌های برگشتی باز مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="290"/>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="292"/>
        <source>Verified: the customer passed the identity check</source>
        <translation>احراز شد: مشتری بررسی هویت را با موفقیت گذراند</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="294"/>
        <source>Identity verified</source>
        <translation>هویت احراز شد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="298"/>
        <source>The customer&apos;s mood</source>
        <translation>حال مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="304"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="304"/>
        <source>Anything else the colleague should know</source>
        <translation>هر چیز دیگری که همکار باید بداند</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="316"/>
        <source>Handovers in this contact</source>
        <translation>تحویل‌ها در این ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="320"/>
        <source>Why another handover?</source>
        <translation>چرا تحویل دوباره؟</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="321"/>
        <source>Your supervisor reads this</source>
        <translation>سرپرست شما این را می‌خواند</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="328"/>
        <source>Problem with {field}</source>
        <translation>مشکل در {field}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="337"/>
        <source>What is still needed</source>
        <translation>آنچه هنوز لازم است</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="345"/>
        <location filename="../../ui/transfer_form_dialog.py" line="1046"/>
        <source>&amp;Send</source>
        <translation>ارسال(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="346"/>
        <source>Send the transfer</source>
        <translation>ارسال انتقال</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="347"/>
        <source>Send the transfer (Ctrl+Enter)</source>
        <translation>ارسال انتقال (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="352"/>
        <source>&amp;Cancel</source>
        <translation>انصراف(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="353"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="354"/>
        <source>Close; what you typed is kept as a draft (Esc)</source>
        <translation>بستن؛ آنچه تایپ کرده‌اید به‌صورت پیش‌نویس نگه داشته می‌شود (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="363"/>
        <source>Tar&amp;get</source>
        <translation>مقصد(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="364"/>
        <source>&amp;Reason</source>
        <translation>دلیل(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="365"/>
        <source>&amp;Issue</source>
        <translation>مشکل(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="366"/>
        <source>What was &amp;tried</source>
        <translation>اقدامات انجام‌شده(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="367"/>
        <source>What was &amp;promised</source>
        <translation>آنچه وعده داده شد(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="368"/>
        <source>I&amp;dentity</source>
        <translation>هویت(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="369"/>
        <source>&amp;Mood</source>
        <translation>حال(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="370"/>
        <source>&amp;Notes</source>
        <translation>یادداشت‌ها(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="371"/>
        <source>&amp;Why another handover?</source>
        <translation>چرا تحویل دوباره؟(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="384"/>
        <source>&amp;Link an open promise:</source>
        <translation>پیوند به یک وعده‌ی باز(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="479"/>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="479"/>
        <source>Booking change</source>
        <translation>تغییر رزرو</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="480"/>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="480"/>
        <source>Technical</source>
        <translation>فنی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="481"/>
        <source>Billing</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="481"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="482"/>
        <source>Specialist</source>
        <translation>کارشناس متخصص</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="482"/>
        <source>Escalation</source>
        <translation>ارجاع به سطح بالاتر</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="483"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="483"/>
        <source>Calm</source>
        <translation>آرام</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="483"/>
        <source>Confused</source>
        <translation>سردرگم</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="484"/>
        <source>Worried</source>
        <translation>نگران</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="484"/>
        <source>Frustrated</source>
        <translation>کلافه</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="485"/>
        <source>Angry</source>
        <translation>عصبانی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="496"/>
        <source>nobody signed in</source>
        <translation>هیچ‌کس وارد سیستم نشده</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="497"/>
        <source>{n} signed in</source>
        <translation>{n} نفر وارد سیستم شده‌اند</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="499"/>
        <source>available</source>
        <translation>در دسترس</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="500"/>
        <source>not signed in</source>
        <translation>وارد سیستم نشده</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="501"/>
        <source>off shift</source>
        <translation>خارج از شیفت</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="506"/>
        <source>Queue: {name} · {availability}</source>
        <translation>صف: {name} · {availability}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="509"/>
        <source>{name} · {availability}</source>
        <translation>{name} · {availability}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="656"/>
        <location filename="../../ui/transfer_form_dialog.py" line="1148"/>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="721"/>
        <source>Warm transfer: {name}</source>
        <translation>انتقال هماهنگ‌شده: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="737"/>
        <source>Customer not available</source>
        <translation>مشتری در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="743"/>
        <source>The database cannot be reached, so the form cannot open this customer. Close it and try again when the database is back.</source>
        <translation>دسترسی به پایگاه داده ممکن نیست، بنابراین فرم نمی‌تواند این مشتری را باز کند. آن را ببندید و وقتی پایگاه داده در دسترس قرار گرفت دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="769"/>
        <source>{name} is {availability}: send to their queue instead</source>
        <translation>{name} {availability} است: به‌جای آن به صف او بفرستید</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="791"/>
        <source>No open promises</source>
        <translation>وعده‌ی بازی وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="802"/>
        <source>{name} was already passed on {n} times in this contact. Say why another handover is needed: your supervisor reads it.</source>
        <translation>{name} در این ارتباط تاکنون {n} بار منتقل شده است. دلیل نیاز به تحویل دوباره را بنویسید: سرپرست شما آن را می‌خواند.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="804"/>
        <source>This customer</source>
        <translation>این مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="840"/>
        <source>Your unsaved transfer note is back.</source>
        <translation>یادداشت انتقال ذخیره‌نشده‌ی شما بازگردانده شد.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="873"/>
        <source>{name} is {availability} now: choose another colleague or a queue.</source>
        <translation>{name} اکنون {availability} است: همکار دیگری یا یک صف انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="883"/>
        <source>What you typed could not be kept as a draft ({error}). Send it or copy it before you close this form.</source>
        <translation>آنچه تایپ کردید را نمی‌توان به‌صورت پیش‌نویس نگه داشت ({error}). پیش از بستن این فرم، آن را ارسال کنید یا از آن رونوشت بگیرید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="910"/>
        <source>{name} is {availability}: choose a colleague who is available, or their queue.</source>
        <translation>{name} {availability} است: همکاری در دسترس یا صف او را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1108"/>
        <source>Not sent yet: please correct what is marked.</source>
        <translation>هنوز ارسال نشد: لطفاً موارد مشخص‌شده را اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1116"/>
        <source>Not sent: the database cannot be reached. Everything you typed is kept; send again when it is back (it will not be sent twice).</source>
        <translation>ارسال نشد: دسترسی به پایگاه داده ممکن نیست. همه‌ی آنچه تایپ کردید نگه داشته شده است؛ وقتی پایگاه داده در دسترس قرار گرفت دوباره ارسال کنید (دو بار ارسال نخواهد شد).</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1121"/>
        <source>The database cannot be reached. What you type is kept as a draft on this computer; close and reopen the form when the database is back.</source>
        <translation>دسترسی به پایگاه داده ممکن نیست. آنچه تایپ می‌کنید به‌صورت پیش‌نویس روی این رایانه نگه داشته می‌شود؛ وقتی پایگاه داده در دسترس قرار گرفت، فرم را ببندید و دوباره باز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1130"/>
        <source>Not sent: something went wrong. What you typed is kept.</source>
        <translation>ارسال نشد: خطایی رخ داد. آنچه تایپ کردید نگه داشته شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1144"/>
        <source>Nothing can be sent from this form now.</source>
        <translation>اکنون از این فرم چیزی قابل ارسال نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1146"/>
        <source>Loading the customer and who can take the call…</source>
        <translation>در حال بارگیری مشتری و کسانی که می‌توانند تماس را بپذیرند…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1151"/>
        <source>Still needed: {fields}</source>
        <translation>هنوز لازم است: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1153"/>
        <source>Checking what {target} needs…</source>
        <translation>در حال بررسی نیازهای {target}…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1156"/>
        <source>Ready to send (Ctrl+Enter).</source>
        <translation>آماده‌ی ارسال (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1172"/>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1188"/>
        <source>this target</source>
        <translation>این مقصد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1190"/>
        <source>queue {name}</source>
        <translation>صف {name}</translation>
    </message>
</context>
<context>
    <name>TransferInbox</name>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="74"/>
        <source>Incoming transfer</source>
        <translation>انتقال ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="94"/>
        <source>The customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="102"/>
        <source>Accept</source>
        <translation>پذیرفتن</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="105"/>
        <source>Accept and open the customer (Ctrl+Shift+Y)</source>
        <translation>پذیرفتن و باز کردن مشتری (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="107"/>
        <source>Decline…</source>
        <translation>رد کردن…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="112"/>
        <source>Why you decline</source>
        <translation>دلیل رد کردن</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="113"/>
        <source>Why (the sender reads it), then Enter</source>
        <translation>دلیل (فرستنده آن را می‌خواند)، سپس Enter</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="208"/>
        <source>Account {n}</source>
        <translation>حساب {n}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="214"/>
        <source>{time} there</source>
        <translation>{time} به وقت آنجا</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="217"/>
        <source>{n} open promise(s)</source>
        <translation>{n} وعده‌ی باز</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="219"/>
        <source>passed on {n} time(s) in this contact</source>
        <translation>{n} بار در این ارتباط منتقل شده</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="228"/>
        <source>you</source>
        <translation>شما</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="230"/>
        <source>queue {q}</source>
        <translation>صف {q}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="232"/>
        <source>Transfer for {to}: {customer}</source>
        <translation>انتقال برای {to}: {customer}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="234"/>
        <source>(+{n} more waiting)</source>
        <translation>(+{n} مورد دیگر در انتظار)</translation>
    </message>
</context>
<context>
    <name>TransferStatus</name>
    <message>
        <location filename="../../ui/transfer_status.py" line="43"/>
        <source>Transfer you sent</source>
        <translation>انتقالی که فرستادید</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="56"/>
        <source>Try another colleague or queue</source>
        <translation>امتحان همکار یا صف دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="57"/>
        <source>Try there</source>
        <translation>امتحان این مقصد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="60"/>
        <source>Make it a callback</source>
        <translation>تبدیل به تماس برگشتی</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="63"/>
        <source>The target queue calls the customer back, with your note</source>
        <translation>صف مقصد با یادداشت شما با مشتری تماس برگشتی می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="66"/>
        <source>Withdraw</source>
        <translation>پس گرفتن</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="69"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="114"/>
        <source>Queue: {q}</source>
        <translation>صف: {q}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="145"/>
        <source>Nobody has accepted your transfer of {c} to {to} yet.</source>
        <translation>هنوز کسی انتقال {c} به {to} را از شما نپذیرفته است.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="147"/>
        <source>Try someone else, or promise a callback from {to}.</source>
        <translation>شخص دیگری را امتحان کنید، یا وعده‌ی تماس برگشتی از طرف {to} بدهید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="153"/>
        <source>Waiting for {to} to accept {c}… ({s} s)</source>
        <translation>در انتظار پذیرش {c} توسط {to}… ({s} ثانیه)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="157"/>
        <source>{who} accepted {c}: hand the customer over now.</source>
        <translation>{who} {c} را پذیرفت: اکنون مشتری را تحویل دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="161"/>
        <source>{to} declined: {why}</source>
        <translation>{to} رد کرد: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="164"/>
        <source>{c} will be called back by {to}; tell the customer.</source>
        <translation>{to} با {c} تماس برگشتی خواهد گرفت؛ به مشتری اطلاع دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="168"/>
        <source>Transfer {state}.</source>
        <translation>انتقال: {state}.</translation>
    </message>
</context>
<context>
    <name>_VariantEditor</name>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="70"/>
        <source>Title in {language}</source>
        <translation>عنوان به {language}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="72"/>
        <source>Title in this language (optional)</source>
        <translation>عنوان به این زبان (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="76"/>
        <source>Text in {language}</source>
        <translation>متن به {language}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="85"/>
        <source>Check of the {language} text</source>
        <translation>بررسی متن {language}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="116"/>
        <source>line 1: the text is empty</source>
        <translation>سطر 1: متن خالی است</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="122"/>
        <source>no fields</source>
        <translation>بدون فیلد</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="124"/>
        <source>✓ Fills in: {fields}</source>
        <translation>✓ تکمیل می‌کند: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="126"/>
        <source>Asks the agent: {questions}</source>
        <translation>از کارشناس می‌پرسد: {questions}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="128"/>
        <source>The caret goes to the cursor marker.</source>
        <translation>مکان‌نما در محل نشانه‌ی cursor قرار می‌گیرد.</translation>
    </message>
</context>
</TS>
