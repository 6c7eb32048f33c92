<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="19"/>
        <source>About Agent Console</source>
        <translation>เกี่ยวกับ Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="28"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="32"/>
        <source>Version {version}</source>
        <translation>เวอร์ชัน {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="38"/>
        <source>A desktop console for contact-center agents and supervisors: customer history, callbacks, warm transfers, scripts and a live backlog.</source>
        <translation>คอนโซลบนเดสก์ท็อปสำหรับเจ้าหน้าที่และหัวหน้างานคอนแทคเซ็นเตอร์: ประวัติลูกค้า การโทรกลับ การโอนสายแบบแจ้งล่วงหน้า สคริปต์ และงานค้างแบบเรียลไทม์</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="48"/>
        <source>Database: {kind} · {database}
Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>ฐานข้อมูล: {kind} · {database}
Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ui/accessibility.py" line="83"/>
        <source>Clear the text</source>
        <translation>ล้างข้อความ</translation>
    </message>
</context>
<context>
    <name>AgentModel</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard_models.py" line="255"/>
        <source>Still holds %Ln overdue callback: reassign it.</source>
        <translation>
            <numerusform>ยังมีการโทรกลับที่เลยกำหนดค้างอยู่ %Ln รายการ: โปรดมอบหมายใหม่</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_models.py" line="257"/>
        <source>Still holds %Ln overdue callbacks: reassign them.</source>
        <translation>
            <numerusform>ยังมีการโทรกลับที่เลยกำหนดค้างอยู่ %Ln รายการ: โปรดมอบหมายใหม่</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertButton</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="315"/>
        <source>Alert: {message}</source>
        <translation>การแจ้งเตือน: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="316"/>
        <source>Click or press Enter to list the callbacks.</source>
        <translation>คลิกหรือกด Enter เพื่อแสดงรายการโทรกลับ</translation>
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
        <translation>คลิกแท่งกราฟเพื่อแสดงรายการโทรกลับของแท่งนั้น</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="194"/>
        <source>Click a bar to list its callbacks; with the keyboard, the arrow keys move between bars and Enter lists them.</source>
        <translation>คลิกแท่งกราฟเพื่อแสดงรายการโทรกลับของแท่งนั้น หากใช้แป้นพิมพ์ ให้กดปุ่มลูกศรเพื่อเลื่อนระหว่างแท่ง และกด Enter เพื่อแสดงรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="206"/>
        <source>What the bar counts</source>
        <translation>สิ่งที่แท่งกราฟนับ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="293"/>
        <source>{what}: {n}</source>
        <translation>{what}: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="307"/>
        <source>click to list them</source>
        <translation>คลิกเพื่อแสดงรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="384"/>
        <source>Enter lists them</source>
        <translation>กด Enter เพื่อแสดงรายการ</translation>
    </message>
</context>
<context>
    <name>CallbackFormDialog</name>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="141"/>
        <source>Reschedule the callback</source>
        <translation>เลื่อนนัดโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="141"/>
        <source>Promise a callback</source>
        <translation>นัดโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="202"/>
        <source>Opening the customer…</source>
        <translation>กำลังเปิดข้อมูลลูกค้า…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="204"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="213"/>
        <location filename="../../ui/callback_form_dialog.py" line="1156"/>
        <location filename="../../ui/callback_form_dialog.py" line="1171"/>
        <source>Customer time</source>
        <translation>เวลาของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="214"/>
        <location filename="../../ui/callback_form_dialog.py" line="1151"/>
        <source>Your time</source>
        <translation>เวลาของคุณ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="217"/>
        <source>Night warning</source>
        <translation>คำเตือนช่วงกลางคืน</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="228"/>
        <source>&amp;At a time (customer&apos;s time)</source>
        <translation>ตามเวลาที่กำหนด (เวลาของลูกค้า)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="229"/>
        <source>As &amp;soon as possible</source>
        <translation>โดยเร็วที่สุด(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="230"/>
        <source>Their ne&amp;xt calling window</source>
        <translation>ช่วงเวลาที่โทรได้ช่วงถัดไปของลูกค้า(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="238"/>
        <source>Date, in the customer&apos;s time</source>
        <translation>วันที่ ตามเวลาของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="243"/>
        <source>Time, in the customer&apos;s time</source>
        <translation>เวลา ตามเวลาของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="252"/>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="254"/>
        <source>{n} min</source>
        <translation>{n} นาที</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="259"/>
        <source>The same time for you</source>
        <translation>เวลาเดียวกันในเวลาของคุณ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="262"/>
        <source>The customer&apos;s calling windows</source>
        <translation>ช่วงเวลาที่โทรหาลูกค้าได้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="271"/>
        <source>Why this time</source>
        <translation>เหตุผลที่เลือกเวลานี้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="280"/>
        <source>Why this time cannot be promised</source>
        <translation>เหตุผลที่นัดเวลานี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="286"/>
        <source>Use the next slot offered</source>
        <translation>ใช้ช่วงเวลาถัดไปที่เสนอ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="312"/>
        <source>Number to call</source>
        <translation>หมายเลขที่จะโทร</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="315"/>
        <source>Who calls back</source>
        <translation>ผู้โทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="318"/>
        <source>What was promised</source>
        <translation>สิ่งที่สัญญาไว้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="319"/>
        <source>What you promised to find out or do before calling</source>
        <translation>สิ่งที่คุณสัญญาว่าจะตรวจสอบหรือดำเนินการก่อนโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="341"/>
        <source>Read back to the customer</source>
        <translation>ทวนให้ลูกค้าฟัง</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="347"/>
        <source>The promise to read back</source>
        <translation>ข้อความนัดหมายที่จะทวนให้ลูกค้าฟัง</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="351"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="353"/>
        <source>Copy the promise</source>
        <translation>คัดลอกนัดหมาย</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="354"/>
        <source>Copy the promise to the clipboard (Alt+C)</source>
        <translation>คัดลอกนัดหมายไปยังคลิปบอร์ด (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="371"/>
        <source>Schedule</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="372"/>
        <source>Schedule the callback</source>
        <translation>นัดโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="373"/>
        <location filename="../../ui/callback_form_dialog.py" line="964"/>
        <source>Schedule the callback (Ctrl+Enter)</source>
        <translation>นัดโทรกลับ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="378"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="379"/>
        <source>Close without scheduling (Esc)</source>
        <translation>ปิดโดยไม่นัดหมาย (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="400"/>
        <source>&amp;Time</source>
        <translation>เวลา(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="402"/>
        <source>Du&amp;ration</source>
        <translation>ระยะเวลา(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="427"/>
        <source>When</source>
        <translation>เมื่อใด</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="428"/>
        <source>&amp;Date</source>
        <translation>วันที่(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="429"/>
        <source>&amp;Phone</source>
        <translation>โทรศัพท์(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="431"/>
        <source>&amp;Owner</source>
        <translation>ผู้รับผิดชอบ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="433"/>
        <source>&amp;Note</source>
        <translation>บันทึก(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="480"/>
        <source>{caption}: {time} ({zone})</source>
        <translation>{caption}: {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="651"/>
        <source>Promise a callback to {name}</source>
        <translation>นัดโทรกลับหา {name}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="662"/>
        <source>{number} (primary)</source>
        <translation>{number} (หลัก)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="665"/>
        <source>Me ({name})</source>
        <translation>ฉัน ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="668"/>
        <source>Queue: {name}</source>
        <translation>คิว: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="680"/>
        <source>Your unsaved note is back.</source>
        <translation>กู้คืนบันทึกที่ยังไม่ได้จัดเก็บของคุณแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="687"/>
        <source>Customer not available</source>
        <translation>ไม่สามารถเปิดข้อมูลลูกค้าได้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="793"/>
        <source>The database cannot be reached: nothing can be checked or saved now.</source>
        <translation>เชื่อมต่อฐานข้อมูลไม่ได้: ขณะนี้ไม่สามารถตรวจสอบหรือบันทึกสิ่งใดได้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="819"/>
        <source>First {time}</source>
        <translation>ครั้งแรก {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="820"/>
        <source>Second {time}</source>
        <translation>ครั้งที่สอง {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="897"/>
        <source>This note could not be kept as a draft ({error}).</source>
        <translation>ไม่สามารถเก็บบันทึกนี้เป็นฉบับร่างได้ ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="967"/>
        <source>Scheduling needs the database, which cannot be reached right now. Your text is kept; the button comes back when the console has reconnected.</source>
        <translation>การนัดโทรกลับต้องใช้ฐานข้อมูล ซึ่งขณะนี้เชื่อมต่อไม่ได้ ข้อความของคุณถูกเก็บไว้แล้ว ปุ่มนี้จะกลับมาใช้ได้เมื่อคอนโซลเชื่อมต่อใหม่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="995"/>
        <source>Their calling window is open now.</source>
        <translation>ขณะนี้อยู่ในช่วงเวลาที่โทรหาลูกค้าได้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="998"/>
        <source>Their calling window is closed now. Next window: {day} {time}</source>
        <translation>ขณะนี้อยู่นอกช่วงเวลาที่โทรหาลูกค้าได้ ช่วงเวลาถัดไป: {day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1022"/>
        <source>Calling windows ({zone}): {windows}</source>
        <translation>ช่วงเวลาที่โทรได้ ({zone}): {windows}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1028"/>
        <source>Pick a time the customer can be called.</source>
        <translation>เลือกเวลาที่สามารถโทรหาลูกค้าได้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1061"/>
        <source>= {day}{start}–{end} your time ({zone})</source>
        <translation>= {day}{start}–{end} ตามเวลาของคุณ ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1079"/>
        <source>&amp;Use next slot: {day} {date} {time}</source>
        <translation>ใช้ช่วงเวลาถัดไป(&amp;U): {day} {date} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1158"/>
        <source>unknown zone “{zone}”</source>
        <translation>ไม่รู้จักเขตเวลา “{zone}”</translation>
    </message>
    <message>
        <location filename="../../ui/callback_form_dialog.py" line="1175"/>
        <source>It is night for the customer ({time}): they may be asleep.</source>
        <translation>ขณะนี้เป็นเวลากลางคืนของลูกค้า ({time}): ลูกค้าอาจกำลังนอนหลับ</translation>
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
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="40"/>
        <source>Due now</source>
        <translation>ถึงกำหนดตอนนี้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="41"/>
        <source>Later today</source>
        <translation>ภายหลังในวันนี้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="42"/>
        <source>Upcoming</source>
        <translation>กำลังจะถึง</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="43"/>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="49"/>
        <source>pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="50"/>
        <source>in progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="51"/>
        <source>kept</source>
        <translation>ทำตามนัด</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="52"/>
        <source>broken</source>
        <translation>ผิดนัด</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="53"/>
        <source>failed — needs a supervisor</source>
        <translation>ไม่สำเร็จ — ต้องให้หัวหน้างานดูแล</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="54"/>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="97"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="97"/>
        <source>Your time</source>
        <translation>เวลาของคุณ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="97"/>
        <source>Their time</source>
        <translation>เวลาของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Priority</source>
        <translation>ลำดับความสำคัญ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="98"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="99"/>
        <source>Tries</source>
        <translation>จำนวนครั้งที่โทร</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="99"/>
        <source>Promise</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="109"/>
        <source>In progress ({agent})</source>
        <translation>กำลังดำเนินการ ({agent})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="124"/>
        <source>Queue: {queue}</source>
        <translation>คิว: {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="136"/>
        <source>Promised on the customer&apos;s clock: {window}</source>
        <translation>นัดไว้ตามเวลาของลูกค้า: {window}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_model.py" line="142"/>
        <source>Moved from {agent} to the queue</source>
        <translation>ย้ายจาก {agent} ไปยังคิวแล้ว</translation>
    </message>
</context>
<context>
    <name>CallbackReminder</name>
    <message>
        <location filename="../../ui/callback_reminder.py" line="87"/>
        <source>Callback reminder</source>
        <translation>การเตือนโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="109"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="112"/>
        <source>Show all</source>
        <translation>แสดงทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="115"/>
        <source>Snooze…</source>
        <translation>เลื่อนการเตือน…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="118"/>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="120"/>
        <source>Hide until another callback falls due</source>
        <translation>ซ่อนไว้จนกว่าจะมีการโทรกลับรายการอื่นถึงกำหนด</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="235"/>
        <source>While the console was closed, %Ln callback became due</source>
        <translation>
            <numerusform>ระหว่างที่คอนโซลปิดอยู่ มีการโทรกลับถึงกำหนด %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="237"/>
        <source>While the console was closed, %Ln callbacks became due</source>
        <translation>
            <numerusform>ระหว่างที่คอนโซลปิดอยู่ มีการโทรกลับถึงกำหนด %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="241"/>
        <source>%Ln callback due now</source>
        <translation>
            <numerusform>การโทรกลับที่ถึงกำหนดตอนนี้ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_reminder.py" line="243"/>
        <source>%Ln callbacks due now</source>
        <translation>
            <numerusform>การโทรกลับที่ถึงกำหนดตอนนี้ %Ln รายการ</numerusform>
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
        <translation>การโทรกลับของคุณ {n} รายการถูกย้ายไปยังคิว ({names})</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="246"/>
        <source>Overdue callback</source>
        <translation>การโทรกลับที่เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="248"/>
        <source>Callback due now</source>
        <translation>การโทรกลับที่ถึงกำหนดตอนนี้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="251"/>
        <source>Callback in {m} min</source>
        <translation>การโทรกลับในอีก {m} นาที</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="254"/>
        <source>(+{n} more, {o} overdue)</source>
        <translation>(+อีก {n} รายการ, เลยกำหนด {o} รายการ)</translation>
    </message>
</context>
<context>
    <name>CallbackTable</name>
    <message>
        <location filename="../../ui/callback_table.py" line="71"/>
        <source>Which callbacks</source>
        <translation>การโทรกลับที่แสดง</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="72"/>
        <source>My callbacks</source>
        <translation>การโทรกลับของฉัน</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="73"/>
        <source>Waiting in my queues</source>
        <translation>รออยู่ในคิวของฉัน</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="76"/>
        <source>Callback counts</source>
        <translation>จำนวนการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="77"/>
        <source>Next callback (F8)</source>
        <translation>การโทรกลับถัดไป (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="79"/>
        <source>Take the next callback</source>
        <translation>รับการโทรกลับรายการถัดไป</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="88"/>
        <source>Callbacks</source>
        <translation>การโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="155"/>
        <source>{overdue} overdue · {due} due now · {today} later today · {upcoming} ahead</source>
        <translation>เลยกำหนด {overdue} · ถึงกำหนดตอนนี้ {due} · ภายหลังในวันนี้ {today} · ล่วงหน้า {upcoming}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="159"/>
        <source>{n} waiting</source>
        <translation>รออยู่ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="162"/>
        <source>(the first {n} shown)</source>
        <translation>(แสดง {n} รายการแรก)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="165"/>
        <source>No open callbacks. Promise one from a customer&apos;s card (Ctrl+B).</source>
        <translation>ไม่มีการโทรกลับที่ค้างอยู่ นัดโทรกลับได้จากบัตรลูกค้า (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_table.py" line="167"/>
        <source>Nothing is waiting in your queues.</source>
        <translation>ไม่มีรายการรออยู่ในคิวของคุณ</translation>
    </message>
</context>
<context>
    <name>CallbackWorkPanel</name>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="89"/>
        <source>Callback being worked</source>
        <translation>การโทรกลับที่กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="112"/>
        <source>Dial</source>
        <translation>โทรออก</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="115"/>
        <source>Call the customer (Ctrl+D)</source>
        <translation>โทรหาลูกค้า (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="119"/>
        <source>Outcome note</source>
        <translation>บันทึกผลการโทร</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="120"/>
        <source>What happened (optional)</source>
        <translation>เกิดอะไรขึ้น (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="136"/>
        <source>Reschedule…</source>
        <translation>เลื่อนนัด…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="140"/>
        <source>The customer asked for another time (Alt+S): promise a new one</source>
        <translation>ลูกค้าขอเวลาอื่น (Alt+S): นัดเวลาใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="144"/>
        <source>Put back</source>
        <translation>พักไว้ก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="146"/>
        <source>Leave it for later without calling</source>
        <translation>เก็บไว้ทำภายหลังโดยไม่โทร</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="175"/>
        <location filename="../../ui/formatting.py" line="272"/>
        <source>Reached</source>
        <translation>ติดต่อได้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="176"/>
        <source>No answer</source>
        <translation>ไม่มีผู้รับสาย</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="177"/>
        <location filename="../../ui/formatting.py" line="273"/>
        <source>Busy</source>
        <translation>สายไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="178"/>
        <source>Voicemail left</source>
        <translation>ฝากข้อความเสียงแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="179"/>
        <location filename="../../ui/formatting.py" line="274"/>
        <source>Wrong number</source>
        <translation>หมายเลขผิด</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="209"/>
        <source>Callback for {name} · {window}</source>
        <translation>โทรกลับหา {name} · {window}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="215"/>
        <source>Promised: {note}</source>
        <translation>สิ่งที่สัญญาไว้: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="218"/>
        <source>Priority {points}: {why}</source>
        <translation>ลำดับความสำคัญ {points}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="225"/>
        <source>Attempt {n} of {max}</source>
        <translation>ครั้งที่ {n} จาก {max}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="229"/>
        <source>the promised window has passed: call now</source>
        <translation>เลยช่วงเวลาที่นัดไว้แล้ว: โทรเดี๋ยวนี้</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="232"/>
        <source>Dial {number}</source>
        <translation>โทรออกไปที่ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="305"/>
        <source>No program on this computer handles {url}: set a dial command in the settings (dial_command).</source>
        <translation>ไม่มีโปรแกรมในคอมพิวเตอร์เครื่องนี้ที่รองรับ {url}: ตั้งค่าคำสั่งโทรออกในการตั้งค่า (dial_command)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="289"/>
        <source>Rescheduled: the new promise is in your callbacks.</source>
        <translation>เลื่อนนัดแล้ว: นัดใหม่อยู่ในรายการโทรกลับของคุณ</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="291"/>
        <source>No luck this time. Next try {when}.</source>
        <translation>ติดต่อไม่สำเร็จในครั้งนี้ จะลองอีกครั้ง {when}</translation>
    </message>
    <message>
        <location filename="../../ui/callback_work_panel.py" line="295"/>
        <source>Callback {state}.</source>
        <translation>การโทรกลับ: {state}</translation>
    </message>
</context>
<context>
    <name>CallerChooserDialog</name>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="36"/>
        <source>Who is calling?</source>
        <translation>ใครกำลังโทรมา?</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="37"/>
        <source>Choose the caller</source>
        <translation>เลือกผู้โทร</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/caller_chooser_dialog.py" line="40"/>
        <source>%Ln customers have the number {number}. Who is calling?</source>
        <translation>
            <numerusform>ลูกค้า %Ln รายใช้หมายเลข {number} ใครกำลังโทรมา?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="47"/>
        <source>Customers with this number</source>
        <translation>ลูกค้าที่ใช้หมายเลขนี้</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="49"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="49"/>
        <source>Account</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="49"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../ui/caller_chooser_dialog.py" line="72"/>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../../ui/console_session.py" line="216"/>
        <source>the console is still waiting for the database</source>
        <translation>คอนโซลยังรอการตอบกลับจากฐานข้อมูลอยู่</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../ui/formatting.py" line="323"/>
        <source>Australia</source>
        <translation>ออสเตรเลีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="324"/>
        <source>Austria</source>
        <translation>ออสเตรีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="325"/>
        <source>Belgium</source>
        <translation>เบลเยียม</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="326"/>
        <source>Canada</source>
        <translation>แคนาดา</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="327"/>
        <source>China</source>
        <translation>จีน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="328"/>
        <source>Germany</source>
        <translation>เยอรมนี</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="329"/>
        <source>Denmark</source>
        <translation>เดนมาร์ก</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="330"/>
        <source>Estonia</source>
        <translation>เอสโตเนีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="331"/>
        <source>Spain</source>
        <translation>สเปน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="332"/>
        <source>Finland</source>
        <translation>ฟินแลนด์</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="333"/>
        <source>France</source>
        <translation>ฝรั่งเศส</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="334"/>
        <source>United Kingdom</source>
        <translation>สหราชอาณาจักร</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="335"/>
        <source>Ireland</source>
        <translation>ไอร์แลนด์</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="336"/>
        <source>India</source>
        <translation>อินเดีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="337"/>
        <source>Iran</source>
        <translation>อิหร่าน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="338"/>
        <source>Italy</source>
        <translation>อิตาลี</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="339"/>
        <source>Japan</source>
        <translation>ญี่ปุ่น</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="340"/>
        <source>Lithuania</source>
        <translation>ลิทัวเนีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="341"/>
        <source>Latvia</source>
        <translation>ลัตเวีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="342"/>
        <source>Mexico</source>
        <translation>เม็กซิโก</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="343"/>
        <source>Netherlands</source>
        <translation>เนเธอร์แลนด์</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="344"/>
        <source>Norway</source>
        <translation>นอร์เวย์</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="345"/>
        <source>Poland</source>
        <translation>โปแลนด์</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="346"/>
        <source>Russia</source>
        <translation>รัสเซีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="347"/>
        <source>Sweden</source>
        <translation>สวีเดน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="348"/>
        <source>Thailand</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="349"/>
        <source>Turkey</source>
        <translation>ตุรกี</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="350"/>
        <source>Ukraine</source>
        <translation>ยูเครน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="351"/>
        <source>United States</source>
        <translation>สหรัฐอเมริกา</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.py" line="24"/>
        <source>Agent Console — something went wrong</source>
        <translation>Agent Console — เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="27"/>
        <source>Something went wrong inside Agent Console.</source>
        <translation>เกิดข้อผิดพลาดภายใน Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="31"/>
        <source>This is a bug, not something you did. You can keep working; if the console behaves oddly, restart it. Please send the details below to your support team. They were also written to the log:
{log}</source>
        <translation>นี่เป็นข้อบกพร่องของโปรแกรม ไม่ใช่สิ่งที่คุณทำผิด คุณสามารถทำงานต่อได้ หากคอนโซลทำงานผิดปกติ ให้เปิดโปรแกรมใหม่ โปรดส่งรายละเอียดด้านล่างให้ทีมสนับสนุนของคุณ รายละเอียดนี้ถูกบันทึกไว้ในล็อกด้วย:
{log}</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="42"/>
        <source>Error details</source>
        <translation>รายละเอียดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="49"/>
        <source>&amp;Copy details</source>
        <translation>คัดลอกรายละเอียด(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="70"/>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../ui/customer_card.py" line="84"/>
        <source>Customer card</source>
        <translation>บัตรลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="95"/>
        <location filename="../../ui/customer_card.py" line="162"/>
        <source>Search for a customer, or take a call: their card appears here.</source>
        <translation>ค้นหาลูกค้าหรือรับสาย แล้วบัตรลูกค้าจะแสดงที่นี่</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="140"/>
        <source>Opening the customer…</source>
        <translation>กำลังเปิดข้อมูลลูกค้า…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="210"/>
        <source>Customer name</source>
        <translation>ชื่อลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="229"/>
        <source>Account {account}</source>
        <translation>บัญชี {account}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="257"/>
        <source>Disruption: {name}</source>
        <translation>เหตุขัดข้อง: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="265"/>
        <source>Affected by this open disruption: tell them the facts in the banner above.</source>
        <translation>ได้รับผลกระทบจากเหตุขัดข้องที่เปิดอยู่นี้: แจ้งข้อเท็จจริงตามแบนเนอร์ด้านบนให้ลูกค้าทราบ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="358"/>
        <source>{label}, primary</source>
        <translation>{label} (หลัก)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="367"/>
        <location filename="../../ui/customer_card.py" line="370"/>
        <source>none on file</source>
        <translation>ไม่มีในระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="369"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="372"/>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="380"/>
        <source>Night there</source>
        <translation>ที่นั่นเป็นเวลากลางคืน</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="382"/>
        <source>It is between 21:00 and 08:00 for this customer: avoid calling now.</source>
        <translation>ขณะนี้เป็นเวลาระหว่าง 21:00 ถึง 08:00 ของลูกค้ารายนี้: หลีกเลี่ยงการโทรตอนนี้</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="387"/>
        <source>Local time</source>
        <translation>เวลาท้องถิ่น</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="390"/>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="393"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="396"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="410"/>
        <source>Customer since</source>
        <translation>เป็นลูกค้าตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="427"/>
        <location filename="../../ui/customer_card.py" line="505"/>
        <source>by {agent}</source>
        <translation>โดย {agent}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="431"/>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="436"/>
        <source>%Ln contact in all</source>
        <translation>
            <numerusform>รวม %Ln การติดต่อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="438"/>
        <source>%Ln contacts in all</source>
        <translation>
            <numerusform>รวม %Ln การติดต่อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="478"/>
        <source>passed on %Ln time in this contact</source>
        <translation>
            <numerusform>ถูกส่งต่อมาแล้ว %Ln ครั้งในการติดต่อนี้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_card.py" line="480"/>
        <source>passed on %Ln times in this contact</source>
        <translation>
            <numerusform>ถูกส่งต่อมาแล้ว %Ln ครั้งในการติดต่อนี้</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="498"/>
        <source>Last contact</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="454"/>
        <source>queue {queue}</source>
        <translation>คิว {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="455"/>
        <source>in progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="466"/>
        <source>none open</source>
        <translation>ไม่มีนัดที่ค้างอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="469"/>
        <source>Open promises</source>
        <translation>นัดหมายที่ค้างอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="470"/>
        <source>Promises</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="488"/>
        <source>waiting: {sender} → {target}</source>
        <translation>รอรับ: {sender} → {target}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="495"/>
        <location filename="../../ui/customer_card.py" line="496"/>
        <source>Handovers</source>
        <translation>การส่งต่อ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="513"/>
        <source>none given</source>
        <translation>ยังไม่เคยให้</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="516"/>
        <source>and {n} earlier</source>
        <translation>และก่อนหน้านี้อีก {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="519"/>
        <source>Goodwill already given</source>
        <translation>การชดเชยที่ให้ไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="520"/>
        <source>Goodwill</source>
        <translation>การชดเชย</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="529"/>
        <source>unknown time zone</source>
        <translation>ไม่ทราบเขตเวลา</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="107"/>
        <source>Edit customer</source>
        <translation>แก้ไขข้อมูลลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="107"/>
        <source>New customer</source>
        <translation>ลูกค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="114"/>
        <source>Save problem</source>
        <translation>ปัญหาในการบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="116"/>
        <source>Load their version</source>
        <translation>โหลดเวอร์ชันที่ผู้อื่นบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="119"/>
        <source>Fetch the saved customer as the new base; what you typed stays in the form</source>
        <translation>ดึงข้อมูลลูกค้าที่บันทึกไว้มาเป็นฐานใหม่ โดยสิ่งที่คุณพิมพ์ยังคงอยู่ในแบบฟอร์ม</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="124"/>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="125"/>
        <location filename="../../ui/customer_edit_dialog.py" line="191"/>
        <source>Given name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="126"/>
        <location filename="../../ui/customer_edit_dialog.py" line="192"/>
        <source>Family name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="127"/>
        <source>Account or booking number</source>
        <translation>เลขที่บัญชีหรือหมายเลขการจอง</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="129"/>
        <source>Generated when left empty</source>
        <translation>สร้างให้อัตโนมัติหากเว้นว่างไว้</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="136"/>
        <source>Phone {n}</source>
        <translation>โทรศัพท์ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="143"/>
        <source>Kind of phone {n}</source>
        <translation>ประเภทโทรศัพท์ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="152"/>
        <source>E-mail addresses</source>
        <translation>ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="153"/>
        <source>Separate several with commas</source>
        <translation>คั่นหลายรายการด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="156"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="163"/>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="170"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="137"/>
        <source>+66 81 234 5678</source>
        <translation>+66 81 234 5678</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="139"/>
        <source>With its country code (+66 81 234 5678), or national with the country set</source>
        <translation>พร้อมรหัสประเทศ (+66 81 234 5678) หรือเป็นหมายเลขในประเทศเมื่อระบุประเทศไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="175"/>
        <source>Do not call (e-mail only)</source>
        <translation>ห้ามโทร (ติดต่อทางอีเมลเท่านั้น)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="177"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="178"/>
        <source>VIP, refund pending… separated by commas</source>
        <translation>VIP, รอคืนเงิน… คั่นด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="181"/>
        <location filename="../../ui/customer_edit_dialog.py" line="201"/>
        <source>Other fields</source>
        <translation>ฟิลด์อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="182"/>
        <source>One per line, e.g. departure_date: 2026-12-01</source>
        <translation>บรรทัดละหนึ่งรายการ เช่น departure_date: 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="190"/>
        <source>&amp;Name</source>
        <translation>ชื่อ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="193"/>
        <source>&amp;Phones</source>
        <translation>โทรศัพท์(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="194"/>
        <source>&amp;E-mail</source>
        <translation>อีเมล(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="195"/>
        <source>&amp;Country</source>
        <translation>ประเทศ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="196"/>
        <source>&amp;Time zone</source>
        <translation>เขตเวลา(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="197"/>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="198"/>
        <source>&amp;Account</source>
        <translation>บัญชี(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="199"/>
        <source>Ta&amp;gs</source>
        <translation>แท็ก(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="209"/>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="370"/>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="401"/>
        <source>Some fields need attention (marked below).</source>
        <translation>มีบางฟิลด์ที่ต้องตรวจสอบ (ทำเครื่องหมายไว้ด้านล่าง)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="423"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="460"/>
        <source>name “{v}”</source>
        <translation>ชื่อ “{v}”</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="462"/>
        <source>tags “{v}”</source>
        <translation>แท็ก “{v}”</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="464"/>
        <source>time zone {v}</source>
        <translation>เขตเวลา {v}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="466"/>
        <source>do not call: {v}</source>
        <translation>ห้ามโทร: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="467"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="467"/>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="468"/>
        <source>nothing you can see here differs</source>
        <translation>ไม่มีข้อมูลที่แสดงอยู่ที่นี่แตกต่างกัน</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit_dialog.py" line="471"/>
        <source>Their version is now the base ({summary}). Your text is unchanged: Save to apply it on top.</source>
        <translation>ตอนนี้ใช้เวอร์ชันที่ผู้อื่นบันทึกเป็นฐานแล้ว ({summary}) ข้อความของคุณยังไม่เปลี่ยนแปลง: กดบันทึกเพื่อนำไปใช้ทับ</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <location filename="../../ui/customer_search.py" line="53"/>
        <source>Customer search</source>
        <translation>ค้นหาลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="64"/>
        <source>Search customers</source>
        <translation>ค้นหาลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="65"/>
        <source>Search by phone, name, email or account (Ctrl+K)</source>
        <translation>ค้นหาด้วยโทรศัพท์ ชื่อ อีเมล หรือบัญชี (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="80"/>
        <source>Search results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="141"/>
        <source>Search status</source>
        <translation>สถานะการค้นหา</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="203"/>
        <source>Find a customer by phone number (any format), name in any script, email or account number.

Press Ctrl+K from anywhere to come back here.</source>
        <translation>ค้นหาลูกค้าด้วยหมายเลขโทรศัพท์ (รูปแบบใดก็ได้) ชื่อ (อักษรใดก็ได้) อีเมล หรือเลขที่บัญชี

กด Ctrl+K จากที่ใดก็ได้เพื่อกลับมาที่นี่</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="217"/>
        <location filename="../../ui/customer_search.py" line="225"/>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="243"/>
        <source>No customer matches “{text}”</source>
        <translation>ไม่พบลูกค้าที่ตรงกับ “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="246"/>
        <source>Check the spelling, try part of the name, or type the number with its country code (+…).</source>
        <translation>ตรวจสอบการสะกด ลองค้นหาด้วยชื่อบางส่วน หรือพิมพ์หมายเลขพร้อมรหัสประเทศ (+…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="253"/>
        <source>No exact match: %Ln similar name in italics</source>
        <translation>
            <numerusform>ไม่พบชื่อที่ตรงกันทุกประการ: ชื่อที่คล้ายกัน %Ln รายการแสดงเป็นตัวเอียง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="254"/>
        <source>No exact match: %Ln similar names in italics</source>
        <translation>
            <numerusform>ไม่พบชื่อที่ตรงกันทุกประการ: ชื่อที่คล้ายกัน %Ln รายการแสดงเป็นตัวเอียง</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="261"/>
        <source>First {n} customers: type more to narrow down</source>
        <translation>ลูกค้า {n} รายแรก: พิมพ์เพิ่มเพื่อจำกัดผลการค้นหา</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="265"/>
        <source>%Ln customer</source>
        <translation>
            <numerusform>ลูกค้า %Ln ราย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_search.py" line="267"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>ลูกค้า %Ln ราย</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_search.py" line="280"/>
        <source>The search could not run.</source>
        <translation>ไม่สามารถค้นหาได้</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard_models.py" line="166"/>
        <source>No promise ended in the last {days} days.</source>
        <translation>ไม่มีนัดที่สิ้นสุดในช่วง {days} วันล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="169"/>
        <source>{kept} of {promised} promises kept in their window, last {days} days.</source>
        <translation>ทำตามนัดภายในช่วงเวลาที่นัด {kept} จาก {promised} นัด ในช่วง {days} วันล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="172"/>
        <source>{value} — double-click or press Enter to list the callbacks.</source>
        <translation>{value} — ดับเบิลคลิกหรือกด Enter เพื่อแสดงรายการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="151"/>
        <source>Due now — {name}</source>
        <translation>ถึงกำหนดตอนนี้ — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="152"/>
        <source>Overdue — {name}</source>
        <translation>เลยกำหนด — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="153"/>
        <source>Kept, last {days} days — {name}</source>
        <translation>ทำตามนัด {days} วันล่าสุด — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="217"/>
        <source>Agent</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="218"/>
        <source>On shift</source>
        <translation>อยู่ในกะ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="219"/>
        <source>Owned</source>
        <translation>รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="220"/>
        <location filename="../../ui/dashboard_models.py" line="296"/>
        <source>Due now</source>
        <translation>ถึงกำหนดตอนนี้</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="221"/>
        <location filename="../../ui/dashboard_models.py" line="297"/>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="222"/>
        <location filename="../../ui/dashboard_models.py" line="298"/>
        <source>Oldest overdue</source>
        <translation>เลยกำหนดนานที่สุด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="223"/>
        <source>Kept % (7 days)</source>
        <translation>ทำตามนัด % (7 วัน)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="232"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="234"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="244"/>
        <source>On shift now</source>
        <translation>อยู่ในกะขณะนี้</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="246"/>
        <source>Off shift now</source>
        <translation>อยู่นอกกะขณะนี้</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="249"/>
        <source>(shift {shift}, their time)</source>
        <translation>(กะ {shift} ตามเวลาของเจ้าหน้าที่)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="154"/>
        <source>Open callbacks — {name}</source>
        <translation>การโทรกลับที่ค้างอยู่ — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="293"/>
        <source>Queue</source>
        <translation>คิว</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="294"/>
        <source>Open</source>
        <translation>ค้างอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="295"/>
        <source>Unassigned</source>
        <translation>ยังไม่มอบหมาย</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_models.py" line="299"/>
        <source>Kept %</source>
        <translation>ทำตามนัด %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="155"/>
        <source>Unassigned — {name}</source>
        <translation>ยังไม่มอบหมาย — {name}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="358"/>
        <source>Supervisor dashboard</source>
        <translation>แดชบอร์ดหัวหน้างาน</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="431"/>
        <source>Callback backlog</source>
        <translation>การโทรกลับที่ค้างอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="433"/>
        <source>Reading the figures…</source>
        <translation>กำลังอ่านตัวเลข…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="435"/>
        <source>When the figures were read</source>
        <translation>เวลาที่อ่านตัวเลข</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="438"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="440"/>
        <source>Refresh the dashboard</source>
        <translation>รีเฟรชแดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="441"/>
        <source>Read the figures again now (F5)</source>
        <translation>อ่านตัวเลขใหม่ตอนนี้ (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="443"/>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="445"/>
        <source>Export the figures as CSV</source>
        <translation>ส่งออกตัวเลขเป็น CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="447"/>
        <source>Save charts as PNG…</source>
        <translation>บันทึกแผนภูมิเป็น PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="449"/>
        <source>Save the charts as a PNG image</source>
        <translation>บันทึกแผนภูมิเป็นภาพ PNG</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="464"/>
        <source>Alerts</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="473"/>
        <source>Off shift with overdue callbacks</source>
        <translation>นอกกะแต่มีการโทรกลับที่เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="474"/>
        <source>⚠  Off shift with overdue callbacks:</source>
        <translation>⚠  นอกกะแต่มีการโทรกลับที่เลยกำหนด:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="494"/>
        <source>Figures</source>
        <translation>ตัวเลขสถิติ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="503"/>
        <source>Open backlog by age</source>
        <translation>งานค้างที่ยังเปิดอยู่ แยกตามอายุ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="504"/>
        <source>Not yet overdue</source>
        <translation>ยังไม่เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="504"/>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="508"/>
        <source>Due by hour, today and tomorrow</source>
        <translation>ถึงกำหนดรายชั่วโมง วันนี้และพรุ่งนี้</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="509"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="509"/>
        <source>Tomorrow</source>
        <translation>พรุ่งนี้</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="512"/>
        <source>Kept and broken promises, last 14 days</source>
        <translation>นัดที่ทำตามและผิดนัด 14 วันล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="513"/>
        <source>Kept</source>
        <translation>ทำตามนัด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="513"/>
        <source>Broken</source>
        <translation>ผิดนัด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="558"/>
        <source>Double-click or Enter on a figure lists its callbacks.</source>
        <translation>ดับเบิลคลิกหรือกด Enter ที่ตัวเลขเพื่อแสดงรายการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="572"/>
        <source>Agents</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="575"/>
        <source>Queues</source>
        <translation>คิว</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="710"/>
        <source>Could not refresh: {message} Showing the figures of {time}.</source>
        <translation>รีเฟรชไม่ได้: {message} กำลังแสดงตัวเลข ณ เวลา {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="714"/>
        <source>Could not read the figures: {message}</source>
        <translation>อ่านตัวเลขไม่ได้: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="731"/>
        <source>Updated {time}</source>
        <translation>อัปเดตเมื่อ {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="781"/>
        <source>Dashboard alert: {message}</source>
        <translation>การแจ้งเตือนแดชบอร์ด: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="847"/>
        <source>Kept and broken, {first} – {last}</source>
        <translation>ทำตามนัดและผิดนัด {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="891"/>
        <source>Export the dashboard</source>
        <translation>ส่งออกแดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="892"/>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="900"/>
        <source>Save the charts</source>
        <translation>บันทึกแผนภูมิ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="901"/>
        <source>PNG images (*.png)</source>
        <translation>ภาพ PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="916"/>
        <location filename="../../ui/dashboard_tab.py" line="918"/>
        <source>Not saved: {message}</source>
        <translation>ไม่ได้บันทึก: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="927"/>
        <source>Saved {path}</source>
        <translation>บันทึก {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="941"/>
        <location filename="../../ui/dashboard_tab.py" line="994"/>
        <source>The figures have not been read yet.</source>
        <translation>ยังไม่ได้อ่านตัวเลข</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="999"/>
        <source>The image could not be written to {path}.</source>
        <translation>ไม่สามารถเขียนภาพลงใน {path} ได้</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <location filename="../../ui/dashboard_text.py" line="25"/>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="26"/>
        <location filename="../../ui/dashboard_text.py" line="45"/>
        <location filename="../../ui/dashboard_text.py" line="59"/>
        <source>Due now</source>
        <translation>ถึงกำหนดตอนนี้</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="27"/>
        <location filename="../../ui/dashboard_text.py" line="60"/>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="28"/>
        <location filename="../../ui/dashboard_text.py" line="61"/>
        <source>Due in the next hour</source>
        <translation>ถึงกำหนดภายในชั่วโมงหน้า</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="29"/>
        <location filename="../../ui/dashboard_text.py" line="62"/>
        <source>Unassigned in queues</source>
        <translation>ยังไม่มอบหมายในคิว</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="30"/>
        <source>Failed (7 days)</source>
        <translation>ไม่สำเร็จ (7 วัน)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="31"/>
        <source>Oldest overdue</source>
        <translation>เลยกำหนดนานที่สุด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="32"/>
        <location filename="../../ui/dashboard_text.py" line="66"/>
        <source>Kept today</source>
        <translation>ทำตามนัดวันนี้</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="33"/>
        <location filename="../../ui/dashboard_text.py" line="67"/>
        <source>Broken today</source>
        <translation>ผิดนัดวันนี้</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="34"/>
        <source>Kept in window today</source>
        <translation>ทำตามนัดภายในช่วงเวลา วันนี้</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="35"/>
        <source>Kept (7 days)</source>
        <translation>ทำตามนัด (7 วัน)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="36"/>
        <source>Broken (7 days)</source>
        <translation>ผิดนัด (7 วัน)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="37"/>
        <source>Kept in window (7 days)</source>
        <translation>ทำตามนัดภายในช่วงเวลา (7 วัน)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="43"/>
        <source>Later</source>
        <translation>ภายหลัง</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="44"/>
        <source>Next hour</source>
        <translation>ชั่วโมงหน้า</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="46"/>
        <source>Overdue &lt; 15 min</source>
        <translation>เลยกำหนด &lt; 15 นาที</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="47"/>
        <source>Overdue 15–60 min</source>
        <translation>เลยกำหนด 15–60 นาที</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="48"/>
        <source>Overdue 1–4 h</source>
        <translation>เลยกำหนด 1–4 ชั่วโมง</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="49"/>
        <source>Overdue 4–24 h</source>
        <translation>เลยกำหนด 4–24 ชั่วโมง</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="50"/>
        <source>Overdue &gt; 1 day</source>
        <translation>เลยกำหนด &gt; 1 วัน</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="58"/>
        <source>Pending callbacks</source>
        <translation>การโทรกลับที่รอดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="63"/>
        <source>Failed after the maximum of attempts, last 7 days</source>
        <translation>ไม่สำเร็จหลังจากโทรครบจำนวนครั้งสูงสุด 7 วันล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="68"/>
        <source>Kept, last 7 days</source>
        <translation>ทำตามนัด 7 วันล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="69"/>
        <source>Broken, last 7 days</source>
        <translation>ผิดนัด 7 วันล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="84"/>
        <source>{m} min</source>
        <translation>{m} นาที</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="88"/>
        <source>{h} h {m} min</source>
        <translation>{h} ชั่วโมง {m} นาที</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="91"/>
        <source>{h} h</source>
        <translation>{h} ชั่วโมง</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="94"/>
        <source>{d} d {h} h</source>
        <translation>{d} วัน {h} ชั่วโมง</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="97"/>
        <source>{d} d</source>
        <translation>{d} วัน</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="132"/>
        <source>Due today {start}–{end}</source>
        <translation>ถึงกำหนดวันนี้ {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="134"/>
        <source>Due tomorrow {start}–{end}</source>
        <translation>ถึงกำหนดพรุ่งนี้ {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="138"/>
        <source>Kept on {day}</source>
        <translation>ทำตามนัดเมื่อ {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="140"/>
        <source>Broken on {day}</source>
        <translation>ผิดนัดเมื่อ {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="143"/>
        <source>Promises ending within {minutes} min, nobody on them</source>
        <translation>นัดที่จะสิ้นสุดภายใน {minutes} นาที โดยยังไม่มีใครดูแล</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="148"/>
        <source>Overdue, {name} (off shift)</source>
        <translation>เลยกำหนด: {name} (นอกกะ)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="178"/>
        <source>{n} promise will break within {minutes} min with nobody on it</source>
        <translation>นัด {n} รายการจะผิดนัดภายใน {minutes} นาที โดยยังไม่มีใครดูแล</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="182"/>
        <source>{n} promises will break within {minutes} min with nobody on them</source>
        <translation>นัด {n} รายการจะผิดนัดภายใน {minutes} นาที โดยยังไม่มีใครดูแล</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="188"/>
        <source>{n} overdue (alert above {limit})</source>
        <translation>เลยกำหนด {n} รายการ (แจ้งเตือนเมื่อเกิน {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="196"/>
        <source>{name} is off shift with {n} overdue callback</source>
        <translation>{name} อยู่นอกกะแต่มีการโทรกลับที่เลยกำหนด {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="200"/>
        <source>{name} is off shift with {n} overdue callbacks</source>
        <translation>{name} อยู่นอกกะแต่มีการโทรกลับที่เลยกำหนด {n} รายการ</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="276"/>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="278"/>
        <source>How many callbacks</source>
        <translation>จำนวนการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="286"/>
        <source>Callbacks behind the figure</source>
        <translation>การโทรกลับที่อยู่เบื้องหลังตัวเลข</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="304"/>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="307"/>
        <source>Open customer</source>
        <translation>เปิดข้อมูลลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="309"/>
        <source>Show the customer on the Desk (Enter)</source>
        <translation>แสดงลูกค้าบนโต๊ะงาน (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="312"/>
        <source>Reassign…</source>
        <translation>มอบหมายใหม่…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="316"/>
        <source>Move the selected callbacks to an agent or a queue (Ctrl+R)</source>
        <translation>ย้ายการโทรกลับที่เลือกไปยังเจ้าหน้าที่หรือคิว (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="320"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="372"/>
        <source>The first {shown} of {n} callbacks, in work order.</source>
        <translation>{shown} รายการแรกจากการโทรกลับ {n} รายการ เรียงตามลำดับการทำงาน</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="376"/>
        <source>1 callback.</source>
        <translation>การโทรกลับ 1 รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="378"/>
        <source>{n} callbacks.</source>
        <translation>การโทรกลับ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="380"/>
        <source>Closed ones are listed for reference; only open ones move.</source>
        <translation>รายการที่ปิดแล้วแสดงไว้เพื่ออ้างอิง จะย้ายเฉพาะรายการที่ยังเปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="414"/>
        <source>Could not load the list: {message}</source>
        <translation>โหลดรายการไม่ได้: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="457"/>
        <source>Select callbacks (Shift or Ctrl for several), then Reassign…</source>
        <translation>เลือกการโทรกลับ (กด Shift หรือ Ctrl เพื่อเลือกหลายรายการ) แล้วกด มอบหมายใหม่…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="460"/>
        <source>1 selected</source>
        <translation>เลือกแล้ว 1 รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="462"/>
        <source>{n} selected</source>
        <translation>เลือกแล้ว {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="482"/>
        <location filename="../../ui/dashboard_drill.py" line="533"/>
        <source>Select one or more open callbacks first.</source>
        <translation>เลือกการโทรกลับที่ยังเปิดอยู่อย่างน้อยหนึ่งรายการก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="513"/>
        <source>An unexpected error occurred.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="516"/>
        <source>Could not load the agents and queues: {message} Close and try again.</source>
        <translation>โหลดรายชื่อเจ้าหน้าที่และคิวไม่ได้: {message} ปิดแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="553"/>
        <source>1 callback reassigned to {target}</source>
        <translation>มอบหมายการโทรกลับ 1 รายการให้ {target} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="554"/>
        <source>{n} callbacks reassigned to {target}</source>
        <translation>มอบหมายการโทรกลับ {n} รายการให้ {target} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="567"/>
        <source>Nothing was reassigned: {message}</source>
        <translation>ไม่มีการมอบหมายใหม่: {message}</translation>
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
        <translation>วันนี้ {time}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="120"/>
        <source>Yesterday {time}</source>
        <translation>เมื่อวาน {time}</translation>
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
        <translation>{weekday} {day} {month} {year} เวลา {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="150"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="160"/>
        <source>{s} s</source>
        <translation>{s} วินาที</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="163"/>
        <source>{m} min {s} s</source>
        <translation>{m} นาที {s} วินาที</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="167"/>
        <source>{h} h {m} min</source>
        <translation>{h} ชั่วโมง {m} นาที</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="206"/>
        <source>Call</source>
        <translation>การโทร</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="207"/>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="208"/>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="209"/>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="210"/>
        <source>Transfer</source>
        <translation>การโอนสาย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="211"/>
        <source>Callback</source>
        <translation>การโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="212"/>
        <source>Disruption</source>
        <translation>เหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="220"/>
        <source>Mobile</source>
        <translation>มือถือ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="221"/>
        <source>Home</source>
        <translation>บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="222"/>
        <source>Work</source>
        <translation>ที่ทำงาน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="223"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="232"/>
        <source>Inbound</source>
        <translation>สายเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="233"/>
        <source>Outbound</source>
        <translation>สายออก</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="234"/>
        <source>Internal</source>
        <translation>ภายใน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="249"/>
        <source>Booking</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="250"/>
        <source>Departure date</source>
        <translation>วันออกเดินทาง</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="251"/>
        <source>Voyage</source>
        <translation>เที่ยวเรือ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="252"/>
        <source>Flight</source>
        <translation>เที่ยวบิน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="276"/>
        <source>Answered</source>
        <translation>ตอบกลับแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="277"/>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="278"/>
        <source>Placed</source>
        <translation>สั่งซื้อแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="279"/>
        <source>Refunded</source>
        <translation>คืนเงินแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="280"/>
        <source>Scheduled</source>
        <translation>นัดหมายแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="281"/>
        <source>Kept</source>
        <translation>ทำตามนัด</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="282"/>
        <source>Broken</source>
        <translation>ผิดนัด</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="283"/>
        <source>Failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="284"/>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="285"/>
        <source>Reassigned</source>
        <translation>มอบหมายใหม่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="286"/>
        <source>Handed on</source>
        <translation>ส่งต่อแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="287"/>
        <source>Offered</source>
        <translation>เสนอแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="288"/>
        <source>Accepted</source>
        <translation>รับแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="289"/>
        <source>Declined</source>
        <translation>ปฏิเสธแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="290"/>
        <source>Timed out</source>
        <translation>หมดเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="291"/>
        <source>Withdrawn</source>
        <translation>ถอนคืนแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="292"/>
        <location filename="../../ui/formatting.py" line="293"/>
        <source>Became a callback</source>
        <translation>เปลี่ยนเป็นการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="294"/>
        <source>Affected</source>
        <translation>ได้รับผลกระทบ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="302"/>
        <source>Accepted by {name}</source>
        <translation>รับโดย {name}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="303"/>
        <source>Declined by {name}</source>
        <translation>ปฏิเสธโดย {name}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="462"/>
        <source>Do not call</source>
        <translation>ห้ามโทร</translation>
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
        <translation>ให้การชดเชยแก่ {name}</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="106"/>
        <source>Kind of gesture</source>
        <translation>ประเภทการชดเชย</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="112"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="113"/>
        <source>20.00 (empty for none)</source>
        <translation>20.00 (เว้นว่างหากไม่มี)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="116"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="120"/>
        <source>Why it is given</source>
        <translation>เหตุผลที่ให้</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="121"/>
        <source>What went wrong, and what this makes good</source>
        <translation>เกิดปัญหาอะไร และการชดเชยนี้ช่วยแก้ไขอะไร</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="127"/>
        <source>&amp;Kind</source>
        <translation>ประเภท(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="128"/>
        <source>&amp;Amount</source>
        <translation>จำนวนเงิน(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="129"/>
        <source>C&amp;urrency</source>
        <translation>สกุลเงิน(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="130"/>
        <source>&amp;Why</source>
        <translation>เหตุผล(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="144"/>
        <location filename="../../ui/goodwill_dialog.py" line="157"/>
        <source>Give</source>
        <translation>ให้</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="163"/>
        <source>The amount must be a number such as 20 or 20.50.</source>
        <translation>จำนวนเงินต้องเป็นตัวเลข เช่น 20 หรือ 20.50</translation>
    </message>
    <message>
        <location filename="../../ui/goodwill_dialog.py" line="198"/>
        <source>Give another anyway</source>
        <translation>ยืนยันให้เพิ่มอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>Agent</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="68"/>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="68"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="94"/>
        <source>Duration: {duration}</source>
        <translation>ระยะเวลา: {duration}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history_view.py" line="125"/>
        <source>Contact history</source>
        <translation>ประวัติการติดต่อ</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="137"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="141"/>
        <source>How many contacts are shown</source>
        <translation>จำนวนการติดต่อที่แสดง</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="145"/>
        <source>Search in this history</source>
        <translation>ค้นหาในประวัตินี้</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="146"/>
        <source>Search in this customer&apos;s history</source>
        <translation>ค้นหาในประวัติของลูกค้ารายนี้</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="165"/>
        <source>Calls</source>
        <translation>การโทร</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="166"/>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="167"/>
        <source>Emails</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="168"/>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="169"/>
        <source>Transfers</source>
        <translation>การโอนสาย</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="170"/>
        <source>Callbacks</source>
        <translation>การโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="171"/>
        <source>Disruptions</source>
        <translation>เหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="197"/>
        <source>Show only: {kind}</source>
        <translation>แสดงเฉพาะ: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="199"/>
        <source>Show {kind}; with no type chosen every contact shows</source>
        <translation>แสดง {kind} หากไม่เลือกประเภทใดเลย จะแสดงการติดต่อทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="214"/>
        <source>Contacts with this customer, newest first</source>
        <translation>การติดต่อกับลูกค้ารายนี้ เรียงจากล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="278"/>
        <source>Pinned handover note</source>
        <translation>บันทึกการส่งต่อที่ปักหมุดไว้</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="420"/>
        <source>Loading older contacts…</source>
        <translation>กำลังโหลดการติดต่อที่เก่ากว่า…</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="478"/>
        <source>No contacts match. Clear the search or choose other types.</source>
        <translation>ไม่พบการติดต่อที่ตรงกัน ล้างการค้นหาหรือเลือกประเภทอื่น</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="480"/>
        <source>No contacts with this customer yet.</source>
        <translation>ยังไม่มีการติดต่อกับลูกค้ารายนี้</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="505"/>
        <source>{matching} of {total} contact</source>
        <translation>{matching} จาก {total} การติดต่อ</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="507"/>
        <source>{matching} of {total} contacts</source>
        <translation>{matching} จาก {total} การติดต่อ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history_view.py" line="512"/>
        <source>%Ln contact</source>
        <translation>
            <numerusform>%Ln การติดต่อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history_view.py" line="512"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln การติดต่อ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="516"/>
        <source>{total} contacts · scroll down for older ones</source>
        <translation>{total} การติดต่อ · เลื่อนลงเพื่อดูรายการที่เก่ากว่า</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="72"/>
        <location filename="../../ui/import_dialog.py" line="73"/>
        <source>Import customers</source>
        <translation>นำเข้าลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>Import customers from a CSV file exported by a CRM or a spreadsheet (CSV UTF-8, or Excel&apos;s Unicode text). The first line must name the columns. Every row is checked first: if one row has a problem, nothing is imported and every problem is listed.</source>
        <translation>นำเข้าลูกค้าจากไฟล์ CSV ที่ส่งออกจาก CRM หรือสเปรดชีต (CSV UTF-8 หรือ Unicode text ของ Excel) บรรทัดแรกต้องเป็นชื่อคอลัมน์ ระบบจะตรวจสอบทุกแถวก่อน หากมีแถวใดมีปัญหา จะไม่นำเข้าข้อมูลใดเลยและแสดงรายการปัญหาทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="94"/>
        <source>File to import</source>
        <translation>ไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95"/>
        <source>Choose a .csv or .txt file</source>
        <translation>เลือกไฟล์ .csv หรือ .txt</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="97"/>
        <source>&amp;Browse…</source>
        <translation>เรียกดู(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="99"/>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>Choose the file to import</source>
        <translation>เลือกไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="108"/>
        <source>Region for national phone numbers</source>
        <translation>ภูมิภาคสำหรับหมายเลขโทรศัพท์ในประเทศ</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="109"/>
        <source>e.g. TH</source>
        <translation>เช่น TH</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="114"/>
        <source>&amp;File:</source>
        <translation>ไฟล์(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>&amp;Region:</source>
        <translation>ภูมิภาค(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="120"/>
        <source>Reads national phone numbers in rows that have no country</source>
        <translation>ใช้อ่านหมายเลขโทรศัพท์ในประเทศในแถวที่ไม่ได้ระบุประเทศ</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="126"/>
        <source>About the file</source>
        <translation>เกี่ยวกับไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="131"/>
        <source>Columns and where they go</source>
        <translation>คอลัมน์และฟิลด์ปลายทาง</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="139"/>
        <source>Import progress</source>
        <translation>ความคืบหน้าการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>Import result</source>
        <translation>ผลการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="153"/>
        <source>Rows that were rejected</source>
        <translation>แถวที่ถูกปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="167"/>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="170"/>
        <source>Import the customers</source>
        <translation>นำเข้าลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="199"/>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>ไฟล์ CSV หรือไฟล์ข้อความ (*.csv *.txt *.tsv);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="219"/>
        <source>Reading the columns…</source>
        <translation>กำลังอ่านคอลัมน์…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>commas</source>
        <translation>เครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>semicolons</source>
        <translation>เครื่องหมายอัฒภาค</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>tabs</source>
        <translation>แท็บ</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="233"/>
        <source>{encoding} text, columns separated by {delimiter}. Choose where each column goes:</source>
        <translation>ข้อความ {encoding} คอลัมน์คั่นด้วย {delimiter} เลือกฟิลด์ปลายทางของแต่ละคอลัมน์:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="254"/>
        <source>Account or booking number</source>
        <translation>เลขที่บัญชีหรือหมายเลขการจอง</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="255"/>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="256"/>
        <source>Given name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="257"/>
        <source>Family name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="258"/>
        <source>Phone numbers</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="259"/>
        <source>E-mail addresses</source>
        <translation>ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="260"/>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="261"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="262"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="263"/>
        <source>Do not call</source>
        <translation>ห้ามโทร</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="264"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="265"/>
        <source>Custom field</source>
        <translation>ฟิลด์กำหนดเอง</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="266"/>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="278"/>
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="279"/>
        <source>First value</source>
        <translation>ค่าแรก</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="280"/>
        <source>Import as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="286"/>
        <source>(column {number}, no name)</source>
        <translation>(คอลัมน์ {number}, ไม่มีชื่อ)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="294"/>
        <source>Import column “{name}” as</source>
        <translation>นำเข้าคอลัมน์ “{name}” เป็น</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="337"/>
        <location filename="../../ui/import_dialog.py" line="356"/>
        <source>Checking and importing the customers…</source>
        <translation>กำลังตรวจสอบและนำเข้าลูกค้า…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="363"/>
        <source>Imported %Ln customer.</source>
        <translation>
            <numerusform>นำเข้าลูกค้า %Ln รายแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="365"/>
        <source>Imported %Ln customers.</source>
        <translation>
            <numerusform>นำเข้าลูกค้า %Ln รายแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="373"/>
        <source>%Ln problem</source>
        <translation>
            <numerusform>ปัญหา %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="375"/>
        <source>%Ln problems</source>
        <translation>
            <numerusform>ปัญหา %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="378"/>
        <source>%Ln line</source>
        <translation>
            <numerusform>%Ln บรรทัด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="380"/>
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln บรรทัด</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="384"/>
        <source>Nothing was imported: {problems} on {lines}. Fix them in the file and import it again.</source>
        <translation>ไม่มีการนำเข้าข้อมูล: พบ {problems} ใน {lines} แก้ไขในไฟล์แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="397"/>
        <source>Nothing was imported.</source>
        <translation>ไม่มีการนำเข้าข้อมูล</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <location filename="../../ui/incident_banner.py" line="227"/>
        <location filename="../../ui/incident_banner.py" line="375"/>
        <source>Disruption</source>
        <translation>เหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="389"/>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="308"/>
        <source>New disruption: {name}. {facts}</source>
        <translation>เหตุขัดข้องใหม่: {name} {facts}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="391"/>
        <source>Facts updated</source>
        <translation>อัปเดตข้อเท็จจริงแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="319"/>
        <source>Facts updated for {name}: {facts}</source>
        <translation>อัปเดตข้อเท็จจริงของ {name} แล้ว: {facts}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="342"/>
        <source>Updated {when} by {who}</source>
        <translation>อัปเดตเมื่อ {when} โดย {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="343"/>
        <source>Updated {when}</source>
        <translation>อัปเดตเมื่อ {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="377"/>
        <source>{n} disruptions</source>
        <translation>เหตุขัดข้อง {n} รายการ</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="137"/>
        <location filename="../../ui/incident_dialog.py" line="138"/>
        <source>Disruptions</source>
        <translation>เหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="221"/>
        <source>&amp;Open and recent</source>
        <translation>เปิดอยู่และล่าสุด(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="225"/>
        <source>Open and recent disruptions</source>
        <translation>เหตุขัดข้องที่เปิดอยู่และที่เกิดขึ้นล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="232"/>
        <source>No disruption is open or was closed lately. Declare one with New disruption… when an event hits many customers at once.</source>
        <translation>ไม่มีเหตุขัดข้องที่เปิดอยู่หรือที่เพิ่งปิดไป เมื่อมีเหตุการณ์ที่กระทบลูกค้าจำนวนมากพร้อมกัน ให้ประกาศเหตุขัดข้องด้วย “เหตุขัดข้องใหม่…”</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="242"/>
        <source>&amp;New disruption…</source>
        <translation>เหตุขัดข้องใหม่(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="242"/>
        <source>Declare a new disruption</source>
        <translation>ประกาศเหตุขัดข้องใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="271"/>
        <source>Close this window</source>
        <translation>ปิดหน้าต่างนี้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="284"/>
        <source>Declare a disruption</source>
        <translation>ประกาศเหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="288"/>
        <source>Every console shows its name and facts in a banner as soon as you declare it. You can edit the facts later; every edit is kept.</source>
        <translation>ทุกคอนโซลจะแสดงชื่อและข้อเท็จจริงในแบนเนอร์ทันทีที่คุณประกาศ คุณแก้ไขข้อเท็จจริงภายหลังได้ และระบบจะเก็บทุกการแก้ไขไว้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="297"/>
        <source>Name of the disruption</source>
        <translation>ชื่อเหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="298"/>
        <source>Such as “AUR-1127 fire on board”</source>
        <translation>เช่น “AUR-1127 เกิดไฟไหม้บนเครื่อง”</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="301"/>
        <source>Facts agents may tell customers</source>
        <translation>ข้อเท็จจริงที่เจ้าหน้าที่แจ้งลูกค้าได้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="302"/>
        <source>What agents may tell customers now</source>
        <translation>สิ่งที่เจ้าหน้าที่แจ้งลูกค้าได้ในขณะนี้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="305"/>
        <location filename="../../ui/incident_dialog.py" line="368"/>
        <source>Standards communicated</source>
        <translation>มาตรฐานที่แจ้งลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="306"/>
        <source>Such as “Refunds are processed within 5 business days”</source>
        <translation>เช่น “ดำเนินการคืนเงินภายใน 5 วันทำการ”</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="310"/>
        <source>Queue that makes the callbacks</source>
        <translation>คิวที่รับผิดชอบการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="311"/>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="316"/>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="318"/>
        <source>&amp;Declare</source>
        <translation>ประกาศ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="318"/>
        <source>Declare the disruption</source>
        <translation>ประกาศเหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="319"/>
        <source>Declare it: every console shows the banner (Ctrl+Enter)</source>
        <translation>ประกาศ: ทุกคอนโซลจะแสดงแบนเนอร์ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="328"/>
        <source>Na&amp;me</source>
        <translation>ชื่อ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="330"/>
        <source>&amp;Facts</source>
        <translation>ข้อเท็จจริง(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="332"/>
        <source>&amp;Standards</source>
        <translation>มาตรฐาน(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="334"/>
        <source>&amp;Queue</source>
        <translation>คิว(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="359"/>
        <source>About this disruption</source>
        <translation>เกี่ยวกับเหตุขัดข้องนี้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="363"/>
        <source>What agents tell customers</source>
        <translation>สิ่งที่เจ้าหน้าที่แจ้งลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="365"/>
        <source>Current facts</source>
        <translation>ข้อเท็จจริงปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="365"/>
        <source>The facts</source>
        <translation>ข้อเท็จจริง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="369"/>
        <source>The standards communicated</source>
        <translation>มาตรฐานที่แจ้งลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="375"/>
        <source>Facts result</source>
        <translation>ผลการเผยแพร่ข้อเท็จจริง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="377"/>
        <source>&amp;Publish new facts</source>
        <translation>เผยแพร่ข้อเท็จจริงใหม่(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="378"/>
        <source>Publish the new facts to every console</source>
        <translation>เผยแพร่ข้อเท็จจริงใหม่ไปยังทุกคอนโซล</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="379"/>
        <source>Every console&apos;s banner shows them at once (Ctrl+Enter)</source>
        <translation>แบนเนอร์ของทุกคอนโซลจะแสดงทันที (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="384"/>
        <source>Every edit of the facts, newest first</source>
        <translation>ทุกการแก้ไขข้อเท็จจริง เรียงจากล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="394"/>
        <source>F&amp;acts</source>
        <translation>ข้อเท็จจริง(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="398"/>
        <source>S&amp;tandards</source>
        <translation>มาตรฐาน(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="404"/>
        <source>&amp;History of the facts</source>
        <translation>ประวัติข้อเท็จจริง(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="414"/>
        <source>Who is affected</source>
        <translation>ผู้ได้รับผลกระทบ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="417"/>
        <source>Customer field</source>
        <translation>ฟิลด์ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="421"/>
        <source>Value of the field</source>
        <translation>ค่าของฟิลด์</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="425"/>
        <source>Add &amp;matching customers</source>
        <translation>เพิ่มลูกค้าที่ตรงกัน(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="426"/>
        <source>Add every customer whose field has this value</source>
        <translation>เพิ่มลูกค้าทุกรายที่ฟิลด์มีค่านี้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="435"/>
        <source>Fi&amp;eld</source>
        <translation>ฟิลด์(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="442"/>
        <source>Account or booking numbers</source>
        <translation>เลขที่บัญชีหรือหมายเลขการจอง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="443"/>
        <source>One account or booking number per line, or paste a CSV export</source>
        <translation>บรรทัดละหนึ่งเลขที่บัญชีหรือหมายเลขการจอง หรือวางข้อมูลที่ส่งออกเป็น CSV</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="446"/>
        <source>Read a CSV &amp;file…</source>
        <translation>อ่านไฟล์ CSV(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="447"/>
        <source>Read the list from a CSV file</source>
        <translation>อ่านรายชื่อจากไฟล์ CSV</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="451"/>
        <source>Add the &amp;list</source>
        <translation>เพิ่มรายชื่อ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="452"/>
        <source>Add the customers listed (all or nothing)</source>
        <translation>เพิ่มลูกค้าตามรายชื่อ (เพิ่มทั้งหมดหรือไม่เพิ่มเลย)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="460"/>
        <source>What adding customers did</source>
        <translation>ผลการเพิ่มลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="464"/>
        <source>Lines that cannot be used</source>
        <translation>บรรทัดที่ใช้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="468"/>
        <source>Or a list (a&amp;ll or nothing):</source>
        <translation>หรือใช้รายชื่อ (ทั้งหมดหรือไม่เลย)(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="480"/>
        <source>Proactive callbacks</source>
        <translation>การโทรกลับเชิงรุก</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="483"/>
        <source>Promise a callback to every affected customer who has none open: the most urgent first, each in their calling window, spread over the queue&apos;s agents. Running it again creates none for those who already have one.</source>
        <translation>นัดโทรกลับหาลูกค้าทุกรายที่ได้รับผลกระทบและยังไม่มีนัดโทรกลับที่ค้างอยู่ โดยเริ่มจากรายที่เร่งด่วนที่สุด แต่ละรายอยู่ในช่วงเวลาที่โทรได้ของลูกค้า และกระจายให้เจ้าหน้าที่ในคิว หากเรียกใช้อีกครั้ง จะไม่สร้างนัดซ้ำให้ลูกค้าที่มีนัดอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="492"/>
        <source>&amp;Call every affected customer</source>
        <translation>โทรหาลูกค้าทุกรายที่ได้รับผลกระทบ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="493"/>
        <source>Create a callback for every affected customer who has none open</source>
        <translation>สร้างการโทรกลับให้ลูกค้าทุกรายที่ได้รับผลกระทบและยังไม่มีนัดที่ค้างอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="498"/>
        <source>Creating the callbacks</source>
        <translation>กำลังสร้างการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="502"/>
        <source>What calling every affected customer did</source>
        <translation>ผลการโทรหาลูกค้าทุกรายที่ได้รับผลกระทบ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="514"/>
        <source>Cl&amp;ose disruption…</source>
        <translation>ปิดเหตุขัดข้อง(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="515"/>
        <source>Close the disruption (asks first)</source>
        <translation>ปิดเหตุขัดข้อง (จะถามยืนยันก่อน)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="516"/>
        <source>Removes the banner; callbacks stay, and each customer&apos;s history keeps it</source>
        <translation>นำแบนเนอร์ออก โดยการโทรกลับยังคงอยู่ และประวัติของลูกค้าแต่ละรายยังคงเก็บเหตุขัดข้องนี้ไว้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="519"/>
        <source>Close result</source>
        <translation>ผลการปิด</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="593"/>
        <location filename="../../ui/incident_dialog.py" line="651"/>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="593"/>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="594"/>
        <source>{n} affected</source>
        <translation>ได้รับผลกระทบ {n} ราย</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="651"/>
        <source>Closed {when}</source>
        <translation>ปิดเมื่อ {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="655"/>
        <source>declared {when} by {who}</source>
        <translation>ประกาศเมื่อ {when} โดย {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="657"/>
        <location filename="../../ui/incident_dialog.py" line="676"/>
        <source>someone</source>
        <translation>ผู้ใช้รายหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="659"/>
        <source>callbacks by queue {queue}</source>
        <translation>คิว {queue} เป็นผู้โทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="660"/>
        <source>no queue for callbacks</source>
        <translation>ไม่มีคิวสำหรับการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="661"/>
        <source>{n} customers affected</source>
        <translation>ลูกค้าได้รับผลกระทบ {n} ราย</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="674"/>
        <source>{when} · {who}</source>
        <translation>{when} · {who}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="679"/>
        <source>(current)</source>
        <translation>(ปัจจุบัน)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="682"/>
        <source>Standards: {text}</source>
        <translation>มาตรฐาน: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="736"/>
        <source>Choose… (none: no proactive callbacks)</source>
        <translation>เลือก… (ไม่เลือก: ไม่มีการโทรกลับเชิงรุก)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="813"/>
        <source>Published at {time}: every console shows the new facts.</source>
        <translation>เผยแพร่เมื่อ {time}: ทุกคอนโซลแสดงข้อเท็จจริงใหม่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="840"/>
        <source>Choose the list of affected customers</source>
        <translation>เลือกรายชื่อลูกค้าที่ได้รับผลกระทบ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="841"/>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>ไฟล์ CSV หรือไฟล์ข้อความ (*.csv *.txt);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="864"/>
        <source>Read %Ln line from {file}: check it, then Add the list.</source>
        <translation>
            <numerusform>อ่านแล้ว %Ln บรรทัดจาก {file}: ตรวจสอบ แล้วกด “เพิ่มรายชื่อ”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="867"/>
        <source>Read %Ln lines from {file}: check them, then Add the list.</source>
        <translation>
            <numerusform>อ่านแล้ว %Ln บรรทัดจาก {file}: ตรวจสอบ แล้วกด “เพิ่มรายชื่อ”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="901"/>
        <source>Added %Ln customer; {already} were already affected.</source>
        <translation>
            <numerusform>เพิ่มลูกค้า %Ln รายแล้ว และมี {already} รายที่ได้รับผลกระทบอยู่แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="903"/>
        <source>Added %Ln customers; {already} were already affected.</source>
        <translation>
            <numerusform>เพิ่มลูกค้า %Ln รายแล้ว และมี {already} รายที่ได้รับผลกระทบอยู่แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="917"/>
        <source>Nothing was added: %Ln line cannot be used. Correct it and add again.</source>
        <translation>
            <numerusform>ไม่มีการเพิ่มข้อมูล: มี %Ln บรรทัดที่ใช้ไม่ได้ แก้ไขแล้วเพิ่มอีกครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="920"/>
        <source>Nothing was added: %Ln lines cannot be used. Correct them and add again.</source>
        <translation>
            <numerusform>ไม่มีการเพิ่มข้อมูล: มี %Ln บรรทัดที่ใช้ไม่ได้ แก้ไขแล้วเพิ่มอีกครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="987"/>
        <source>Created %Ln callback: due {first} (your time).</source>
        <translation>
            <numerusform>สร้างการโทรกลับ %Ln รายการแล้ว: ถึงกำหนด {first} (เวลาของคุณ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="990"/>
        <source>Created %Ln callbacks: the first due {first}, the last {last} (your time).</source>
        <translation>
            <numerusform>สร้างการโทรกลับ %Ln รายการแล้ว: รายการแรกถึงกำหนด {first} รายการสุดท้าย {last} (เวลาของคุณ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="1000"/>
        <source>Created %Ln callback.</source>
        <translation>
            <numerusform>สร้างการโทรกลับ %Ln รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="1002"/>
        <source>Created %Ln callbacks.</source>
        <translation>
            <numerusform>สร้างการโทรกลับ %Ln รายการแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="924"/>
        <source>Nothing was added: {problem}.</source>
        <translation>ไม่มีการเพิ่มข้อมูล: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="944"/>
        <source>Starting…</source>
        <translation>กำลังเริ่ม…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="963"/>
        <source>Saving</source>
        <translation>กำลังบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="963"/>
        <source>Planning</source>
        <translation>กำลังวางแผน</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="965"/>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} จาก {total}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="975"/>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1005"/>
        <source>Created no new callback.</source>
        <translation>ไม่ได้สร้างการโทรกลับใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1007"/>
        <source>Already had one open: {had} · Do not call: {dnc} · No phone number: {phone} · No calling window: {window}</source>
        <translation>มีนัดค้างอยู่แล้ว: {had} · ห้ามโทร: {dnc} · ไม่มีหมายเลขโทรศัพท์: {phone} · ไม่มีช่วงเวลาที่โทรได้: {window}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1013"/>
        <source>Took {s} s.</source>
        <translation>ใช้เวลา {s} วินาที</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1027"/>
        <source>Close the disruption</source>
        <translation>ปิดเหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1028"/>
        <source>Close “{name}”?</source>
        <translation>ปิด “{name}” หรือไม่?</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1031"/>
        <source>The banner disappears from every console. The callbacks already made stay and are worked as promised; each customer&apos;s history keeps the disruption.</source>
        <translation>แบนเนอร์จะหายไปจากทุกคอนโซล การโทรกลับที่สร้างไว้แล้วยังคงอยู่และจะดำเนินการตามที่นัดไว้ ประวัติของลูกค้าแต่ละรายยังคงเก็บเหตุขัดข้องนี้ไว้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1035"/>
        <source>Close disruption</source>
        <translation>ปิดเหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1037"/>
        <source>Keep it open</source>
        <translation>ยังไม่ต้องปิด</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1061"/>
        <source>Closed. The banner is gone; its callbacks stay.</source>
        <translation>ปิดแล้ว แบนเนอร์หายไปแล้ว แต่การโทรกลับยังคงอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1094"/>
        <source>The database cannot be reached: nothing was saved. Try again.</source>
        <translation>เชื่อมต่อฐานข้อมูลไม่ได้: ไม่มีการบันทึกข้อมูล โปรดลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1219"/>
        <location filename="../../ui/incident_dialog.py" line="1228"/>
        <source>Disruptions</source>
        <translation>เหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1233"/>
        <source>Disruptions and their callbacks</source>
        <translation>เหตุขัดข้องและการโทรกลับที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1249"/>
        <source>Click a disruption (or Enter) to list its callbacks.</source>
        <translation>คลิกเหตุขัดข้อง (หรือกด Enter) เพื่อแสดงรายการโทรกลับ</translation>
    </message>
</context>
<context>
    <name>IncidentRow</name>
    <message>
        <location filename="../../ui/incident_banner.py" line="117"/>
        <source>Facts updated</source>
        <translation>อัปเดตข้อเท็จจริงแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="123"/>
        <source>When and by whom the facts were updated</source>
        <translation>เวลาและผู้ที่อัปเดตข้อเท็จจริง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="127"/>
        <source>What to tell customers</source>
        <translation>สิ่งที่ต้องแจ้งลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="137"/>
        <source>Our standards</source>
        <translation>มาตรฐานของเรา</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="176"/>
        <source>Disruption: {name}</source>
        <translation>เหตุขัดข้อง: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="180"/>
        <source>Our standards: {standards}</source>
        <translation>มาตรฐานของเรา: {standards}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_banner.py" line="214"/>
        <source>Facts: {facts}</source>
        <translation>ข้อเท็จจริง: {facts}</translation>
    </message>
</context>
<context>
    <name>IncidentStatsModel</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1140"/>
        <source>Disruption</source>
        <translation>เหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1140"/>
        <source>Affected</source>
        <translation>ได้รับผลกระทบ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1140"/>
        <source>Reached</source>
        <translation>ติดต่อได้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1141"/>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1141"/>
        <source>Broken
promises</source>
        <translation>นัดที่
ผิดนัด</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1141"/>
        <source>No promise
yet</source>
        <translation>ยังไม่มี
นัด</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1142"/>
        <source>Average wait to
first contact</source>
        <translation>เวลารอเฉลี่ยจนถึง
การติดต่อครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1148"/>
        <source>The disruption (closed ones stay for 30 days)</source>
        <translation>เหตุขัดข้อง (รายการที่ปิดแล้วจะแสดงอยู่ 30 วัน)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1149"/>
        <source>Customers affected</source>
        <translation>ลูกค้าที่ได้รับผลกระทบ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1150"/>
        <source>Customers reached on one of its callbacks (kept or broken)</source>
        <translation>ลูกค้าที่ติดต่อได้จากการโทรกลับรายการใดรายการหนึ่ง (ทำตามนัดหรือผิดนัด)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1151"/>
        <source>Its callbacks still to make</source>
        <translation>การโทรกลับที่ยังต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1152"/>
        <source>Its promises broken or failed, and those overdue now</source>
        <translation>นัดที่ผิดนัดหรือไม่สำเร็จ และนัดที่เลยกำหนดในขณะนี้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1153"/>
        <source>Affected customers with no callback for it and none open</source>
        <translation>ลูกค้าที่ได้รับผลกระทบซึ่งไม่มีการโทรกลับสำหรับเหตุขัดข้องนี้และไม่มีนัดที่ค้างอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1154"/>
        <source>From the declaration to reaching the customer, on average</source>
        <translation>ระยะเวลาเฉลี่ยตั้งแต่ประกาศจนถึงติดต่อลูกค้าได้</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1162"/>
        <source>{name} (closed)</source>
        <translation>{name} (ปิดแล้ว)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="1174"/>
        <source>Nobody reached yet</source>
        <translation>ยังติดต่อใครไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_text.py" line="156"/>
        <source>Callbacks for the disruption “{name}”</source>
        <translation>การโทรกลับสำหรับเหตุขัดข้อง “{name}”</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../ui/formatting.py" line="357"/>
        <source>Arabic</source>
        <translation>อาหรับ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="358"/>
        <source>Danish</source>
        <translation>เดนมาร์ก</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="359"/>
        <source>German</source>
        <translation>เยอรมัน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="360"/>
        <source>English</source>
        <translation>อังกฤษ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="361"/>
        <source>Spanish</source>
        <translation>สเปน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="362"/>
        <source>Estonian</source>
        <translation>เอสโตเนีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="363"/>
        <source>Persian</source>
        <translation>เปอร์เซีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="364"/>
        <source>Finnish</source>
        <translation>ฟินแลนด์</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="365"/>
        <source>French</source>
        <translation>ฝรั่งเศส</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="366"/>
        <source>Italian</source>
        <translation>อิตาลี</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="367"/>
        <source>Japanese</source>
        <translation>ญี่ปุ่น</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="368"/>
        <source>Lithuanian</source>
        <translation>ลิทัวเนีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="369"/>
        <source>Latvian</source>
        <translation>ลัตเวีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="370"/>
        <source>Dutch</source>
        <translation>ดัตช์</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="371"/>
        <source>Norwegian</source>
        <translation>นอร์เวย์</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="372"/>
        <source>Polish</source>
        <translation>โปแลนด์</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="373"/>
        <source>Russian</source>
        <translation>รัสเซีย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="374"/>
        <source>Swedish</source>
        <translation>สวีเดน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="375"/>
        <source>Thai</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="376"/>
        <source>Turkish</source>
        <translation>ตุรกี</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="377"/>
        <source>Ukrainian</source>
        <translation>ยูเครน</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="378"/>
        <source>Chinese</source>
        <translation>จีน</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="62"/>
        <source>Sign in to the team&apos;s server</source>
        <translation>ลงชื่อเข้าใช้เซิร์ฟเวอร์ของทีม</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="63"/>
        <location filename="../../ui/login_dialog.py" line="107"/>
        <source>Sign in</source>
        <translation>ลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="67"/>
        <source>Server</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="71"/>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="72"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="73"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="74"/>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="79"/>
        <source>TLS mode</source>
        <translation>โหมด TLS</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="80"/>
        <source>CA file</source>
        <translation>ไฟล์ CA</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="81"/>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="86"/>
        <source>Remember me (in this computer&apos;s keyring)</source>
        <translation>จดจำฉันไว้ (ในคีย์ริงของคอมพิวเตอร์เครื่องนี้)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="99"/>
        <source>&amp;Server:</source>
        <translation>เซิร์ฟเวอร์(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="100"/>
        <source>P&amp;ort:</source>
        <translation>พอร์ต(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="101"/>
        <source>&amp;Database:</source>
        <translation>ฐานข้อมูล(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="102"/>
        <source>&amp;User:</source>
        <translation>ผู้ใช้(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="103"/>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="104"/>
        <source>&amp;TLS mode:</source>
        <translation>โหมด TLS(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="105"/>
        <source>&amp;CA file:</source>
        <translation>ไฟล์ CA(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="129"/>
        <source>The CA certificate</source>
        <translation>ใบรับรอง CA</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="129"/>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation>ใบรับรอง (*.pem *.crt);;ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="139"/>
        <source>This computer has no password store (keyring), so the password cannot be remembered: you will type it each time.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่มีที่เก็บรหัสผ่าน (คีย์ริง) จึงจดจำรหัสผ่านไม่ได้: คุณต้องพิมพ์รหัสผ่านทุกครั้ง</translation>
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
        <translation>ลูกค้าและการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <location filename="../../ui/main_window.py" line="853"/>
        <source>Callbacks</source>
        <translation>การโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Find a customer</source>
        <translation>ค้นหาลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Desk and dashboard</source>
        <translation>โต๊ะงานและแดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Desk</source>
        <translation>โต๊ะงาน</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Connection status</source>
        <translation>สถานะการเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>&amp;Import customers…</source>
        <translation>นำเข้าลูกค้า(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>&amp;Find customer…</source>
        <translation>ค้นหาลูกค้า(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Add &amp;note</source>
        <translation>เพิ่มบันทึก(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>&amp;Edit customer…</source>
        <translation>แก้ไขข้อมูลลูกค้า(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Ne&amp;w customer…</source>
        <translation>ลูกค้าใหม่(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Give &amp;goodwill…</source>
        <translation>ให้การชดเชย(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Schedule &amp;callback…</source>
        <translation>นัดโทรกลับ(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>&amp;My callbacks</source>
        <translation>การโทรกลับของฉัน(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>&amp;Next callback</source>
        <translation>การโทรกลับถัดไป(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>&amp;Export my callbacks to a calendar…</source>
        <translation>ส่งออกการโทรกลับของฉันไปยังปฏิทิน(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>Warm &amp;transfer…</source>
        <translation>โอนสายแบบแจ้งล่วงหน้า(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>&amp;About Agent Console</source>
        <translation>เกี่ยวกับ Agent Console(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;Customer</source>
        <translation>ลูกค้า(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>C&amp;allbacks</source>
        <translation>การโทรกลับ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>&amp;Desk</source>
        <translation>โต๊ะงาน(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>D&amp;ashboard</source>
        <translation>แดชบอร์ด(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>&amp;Declare or manage…</source>
        <translation>ประกาศหรือจัดการ(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>Disrupt&amp;ion</source>
        <translation>เหตุขัดข้อง(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>System language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>The language could not be saved in {path}: {error}</source>
        <translation>ไม่สามารถบันทึกภาษาลงใน {path} ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>the system language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>Agent Console will be in {language} the next time it starts.</source>
        <translation>เมื่อเปิดโปรแกรมครั้งถัดไป Agent Console จะใช้ภาษา: {language}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>It cannot change now: {reason}.</source>
        <translation>ขณะนี้ยังเปลี่ยนภาษาไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>This computer sets AGENT_CONSOLE_LANGUAGE, which still wins over this choice.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ตั้งค่า AGENT_CONSOLE_LANGUAGE ไว้ ซึ่งยังคงมีผลเหนือตัวเลือกนี้</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532"/>
        <source>The console is now in {language}.</source>
        <translation>ขณะนี้คอนโซลใช้ภาษา {language} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>the database cannot be reached right now</source>
        <translation>ขณะนี้เชื่อมต่อฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="552"/>
        <source>a note is waiting to be saved</source>
        <translation>มีบันทึกที่รอการจัดเก็บอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>close “{window}” first</source>
        <translation>โปรดปิด “{window}” ก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="771"/>
        <location filename="../../ui/main_window.py" line="787"/>
        <location filename="../../ui/main_window.py" line="938"/>
        <source>Open a customer first.</source>
        <translation>เปิดข้อมูลลูกค้าก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="121"/>
        <source>Handover accepted {time}</source>
        <translation>รับการส่งต่อเมื่อ {time}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="821"/>
        <source>Nothing is due right now: no callback to take.</source>
        <translation>ขณะนี้ไม่มีรายการที่ถึงกำหนด: ไม่มีการโทรกลับให้รับ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="853"/>
        <source>Callbacks ({n})</source>
        <translation>การโทรกลับ ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="861"/>
        <source>Export my callbacks</source>
        <translation>ส่งออกการโทรกลับของฉัน</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="862"/>
        <source>Calendar files (*.ics)</source>
        <translation>ไฟล์ปฏิทิน (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="930"/>
        <source>Open a customer first, then edit it.</source>
        <translation>เปิดข้อมูลลูกค้าก่อน แล้วจึงแก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="998"/>
        <source>&amp;Unsaved notes ({n})</source>
        <translation>บันทึกที่ยังไม่ได้จัดเก็บ(&amp;U) ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1048"/>
        <source>Move from the search box into the results</source>
        <translation>ย้ายจากช่องค้นหาไปยังผลการค้นหา</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1048"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1049"/>
        <source>Open the selected customer</source>
        <translation>เปิดข้อมูลลูกค้าที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1049"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1050"/>
        <source>Back to the search box</source>
        <translation>กลับไปที่ช่องค้นหา</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1050"/>
        <source>Up on the first result, or Esc</source>
        <translation>Up ที่ผลลัพธ์แรก หรือ Esc</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1051"/>
        <source>Clear the search</source>
        <translation>ล้างการค้นหา</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1051"/>
        <source>Esc in the search box</source>
        <translation>Esc ในช่องค้นหา</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1052"/>
        <source>Next or previous field in a form</source>
        <translation>ไปยังช่องถัดไปหรือก่อนหน้าในแบบฟอร์ม</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1052"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1053"/>
        <source>Open a menu</source>
        <translation>เปิดเมนู</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1053"/>
        <source>Alt + the underlined letter</source>
        <translation>Alt + ตัวอักษรที่ขีดเส้นใต้</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1087"/>
        <source>agent</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1088"/>
        <source>supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1089"/>
        <source>admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1098"/>
        <source>team</source>
        <translation>โหมดทีม</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1098"/>
        <source>single-user</source>
        <translation>โหมดผู้ใช้คนเดียว</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1100"/>
        <source>Connected · {mode} · {database} · {user}</source>
        <translation>เชื่อมต่อแล้ว · {mode} · {database} · {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1136"/>
        <source>Needs the database, which cannot be reached right now. The console reconnects by itself; what you type is kept.</source>
        <translation>ต้องใช้ฐานข้อมูล ซึ่งขณะนี้เชื่อมต่อไม่ได้ คอนโซลจะเชื่อมต่อใหม่เอง และสิ่งที่คุณพิมพ์จะถูกเก็บไว้</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1153"/>
        <source>Connected again: notes waiting to be saved are saved now.</source>
        <translation>เชื่อมต่อได้อีกครั้ง: กำลังจัดเก็บบันทึกที่รอการจัดเก็บ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1106"/>
        <source>Offline · reconnecting… · {user}</source>
        <translation>ออฟไลน์ · กำลังเชื่อมต่อใหม่… · {user}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="888"/>
        <source>%Ln callback exported to {path}.</source>
        <translation>
            <numerusform>ส่งออกการโทรกลับ %Ln รายการไปยัง {path} แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="890"/>
        <source>%Ln callbacks exported to {path}.</source>
        <translation>
            <numerusform>ส่งออกการโทรกลับ %Ln รายการไปยัง {path} แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1010"/>
        <source>%Ln unsaved note from last time: Customer ▸ Unsaved notes.</source>
        <translation>
            <numerusform>มีบันทึกที่ยังไม่ได้จัดเก็บจากครั้งก่อน %Ln รายการ: ลูกค้า ▸ บันทึกที่ยังไม่ได้จัดเก็บ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1013"/>
        <source>%Ln unsaved notes from last time: Customer ▸ Unsaved notes.</source>
        <translation>
            <numerusform>มีบันทึกที่ยังไม่ได้จัดเก็บจากครั้งก่อน %Ln รายการ: ลูกค้า ▸ บันทึกที่ยังไม่ได้จัดเก็บ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1110"/>
        <source>Offline: {message}
What is on screen may be out of date. The console keeps trying to reconnect; press F5 to try now.</source>
        <translation>ออฟไลน์: {message}
ข้อมูลบนหน้าจออาจไม่เป็นปัจจุบัน คอนโซลจะพยายามเชื่อมต่อใหม่อย่างต่อเนื่อง กด F5 เพื่อลองเชื่อมต่อทันที</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../../ui/note_composer.py" line="96"/>
        <source>Add a note or log a call</source>
        <translation>เพิ่มบันทึกหรือบันทึกการโทร</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="126"/>
        <source>Note text</source>
        <translation>ข้อความบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="127"/>
        <location filename="../../ui/note_composer.py" line="531"/>
        <source>Add a note about this customer…</source>
        <translation>เพิ่มบันทึกเกี่ยวกับลูกค้ารายนี้…</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="132"/>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="133"/>
        <source>Write a note about this customer</source>
        <translation>เขียนบันทึกเกี่ยวกับลูกค้ารายนี้</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="134"/>
        <source>Log call</source>
        <translation>บันทึกการโทร</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="135"/>
        <source>Record a call and how it ended</source>
        <translation>บันทึกการโทรและผลการโทร</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="145"/>
        <source>Call direction</source>
        <translation>ทิศทางการโทร</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="146"/>
        <source>Inbound</source>
        <translation>สายเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="146"/>
        <source>Outbound</source>
        <translation>สายออก</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="151"/>
        <source>Call outcome</source>
        <translation>ผลการโทร</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="157"/>
        <location filename="../../ui/note_composer.py" line="534"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="159"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>บันทึก (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="160"/>
        <location filename="../../ui/note_composer.py" line="536"/>
        <source>Save the note</source>
        <translation>จัดเก็บบันทึกนี้</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="162"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="168"/>
        <source>Note status</source>
        <translation>สถานะบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="265"/>
        <location filename="../../ui/note_composer.py" line="231"/>
        <source>Resolved</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="266"/>
        <location filename="../../ui/note_composer.py" line="232"/>
        <source>Informed</source>
        <translation>แจ้งข้อมูลแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="267"/>
        <location filename="../../ui/note_composer.py" line="233"/>
        <source>Callback promised</source>
        <translation>นัดโทรกลับแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="268"/>
        <location filename="../../ui/note_composer.py" line="234"/>
        <source>Transferred</source>
        <translation>โอนสายแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="269"/>
        <location filename="../../ui/note_composer.py" line="235"/>
        <source>Escalated</source>
        <translation>ยกระดับเรื่องแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="270"/>
        <location filename="../../ui/note_composer.py" line="236"/>
        <source>No answer</source>
        <translation>ไม่มีผู้รับสาย</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="271"/>
        <location filename="../../ui/note_composer.py" line="237"/>
        <source>Voicemail</source>
        <translation>ฝากข้อความเสียง</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="543"/>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="542"/>
        <source>Your unsaved draft is back.</source>
        <translation>กู้คืนฉบับร่างที่ยังไม่ได้จัดเก็บของคุณแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="554"/>
        <source>Your text could not be kept as a draft ({error}). Save it before you close the console.</source>
        <translation>ไม่สามารถเก็บข้อความของคุณเป็นฉบับร่างได้ ({error}) โปรดบันทึกก่อนปิดคอนโซล</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="546"/>
        <source>Not saved yet: the database cannot be reached. Your text is kept as a draft and is saved as soon as the connection is back.</source>
        <translation>ยังไม่ได้จัดเก็บ: เชื่อมต่อฐานข้อมูลไม่ได้ ข้อความของคุณถูกเก็บเป็นฉบับร่าง และจะจัดเก็บทันทีที่เชื่อมต่อได้อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="529"/>
        <source>What was the call about? (optional)</source>
        <translation>การโทรนี้เกี่ยวกับเรื่องอะไร? (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="534"/>
        <source>Save call</source>
        <translation>จัดเก็บการโทร</translation>
    </message>
    <message>
        <location filename="../../ui/note_composer.py" line="536"/>
        <source>Log the call</source>
        <translation>บันทึกการโทร</translation>
    </message>
</context>
<context>
    <name>PopBanner</name>
    <message>
        <location filename="../../ui/pop_banner.py" line="91"/>
        <source>queue {queue}</source>
        <translation>คิว {queue}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="94"/>
        <source>{window}, owned by {who}</source>
        <translation>{window} โดยมี {who} เป็นผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="100"/>
        <source>Callback overdue</source>
        <translation>การโทรกลับเลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="102"/>
        <source>Callback promised</source>
        <translation>นัดโทรกลับไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="117"/>
        <source>Promise made</source>
        <translation>ให้สัญญาไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="118"/>
        <source>{when} by {agent}: {summary}</source>
        <translation>{when} โดย {agent}: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="121"/>
        <source>an agent</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="135"/>
        <source>Recent transfer</source>
        <translation>การโอนสายล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="136"/>
        <source>{when}: {summary}</source>
        <translation>{when}: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="147"/>
        <source>by {agent}</source>
        <translation>โดย {agent}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="151"/>
        <source>Last contact</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="153"/>
        <source>Last contact (a promise)</source>
        <translation>ติดต่อล่าสุด (มีการให้สัญญา)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="232"/>
        <location filename="../../ui/pop_banner.py" line="260"/>
        <source>Why they may be calling</source>
        <translation>เหตุผลที่ลูกค้าอาจโทรมา</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="249"/>
        <source>Dismiss the call banner</source>
        <translation>ปิดแบนเนอร์สายเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="250"/>
        <source>Dismiss (Esc)</source>
        <translation>ปิด (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="304"/>
        <location filename="../../ui/pop_banner.py" line="337"/>
        <source>Incoming call {number}</source>
        <translation>สายเข้า {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="305"/>
        <source>Looking up the caller…</source>
        <translation>กำลังค้นหาผู้โทร…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="316"/>
        <source>No earlier contact on file.</source>
        <translation>ไม่มีประวัติการติดต่อก่อนหน้าในระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="321"/>
        <source>New caller</source>
        <translation>ผู้โทรรายใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="325"/>
        <source>No customer has the number {number} (given as “{typed}”).</source>
        <translation>ไม่มีลูกค้าที่ใช้หมายเลข {number} (ได้รับเป็น “{typed}”)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="327"/>
        <source>No customer has the number {number}.</source>
        <translation>ไม่มีลูกค้าที่ใช้หมายเลข {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="330"/>
        <source>&amp;Create customer…</source>
        <translation>สร้างลูกค้า(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="331"/>
        <source>Create a customer with this number</source>
        <translation>สร้างลูกค้าด้วยหมายเลขนี้</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pop_banner.py" line="339"/>
        <source>%Ln customers share this number: choose who is calling.</source>
        <translation>
            <numerusform>ลูกค้า %Ln รายใช้หมายเลขนี้ร่วมกัน: เลือกผู้ที่กำลังโทรมา</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="341"/>
        <source>C&amp;hoose the caller…</source>
        <translation>เลือกผู้โทร(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="342"/>
        <source>Choose the caller</source>
        <translation>เลือกผู้โทร</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="360"/>
        <source>affected: tell them the current facts (the banner at the top)</source>
        <translation>ได้รับผลกระทบ: แจ้งข้อเท็จจริงปัจจุบันให้ลูกค้าทราบ (ดูแบนเนอร์ด้านบน)</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="362"/>
        <source>Disruption</source>
        <translation>เหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="388"/>
        <source>Call ID {id}</source>
        <translation>รหัสการโทร {id}</translation>
    </message>
    <message>
        <location filename="../../ui/pop_banner.py" line="390"/>
        <source>Queue {queue}</source>
        <translation>คิว {queue}</translation>
    </message>
</context>
<context>
    <name>PopController</name>
    <message>
        <location filename="../../ui/pop_controller.py" line="185"/>
        <source>{number}: choose who is calling.</source>
        <translation>{number}: เลือกผู้ที่กำลังโทรมา</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="249"/>
        <source>Call from {name} ({number})</source>
        <translation>สายจาก {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="180"/>
        <source>New caller {number}: no customer has this number yet.</source>
        <translation>ผู้โทรรายใหม่ {number}: ยังไม่มีลูกค้าที่ใช้หมายเลขนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pop_controller.py" line="261"/>
        <source>Call from an unknown number {number}</source>
        <translation>สายจากหมายเลขที่ไม่รู้จัก {number}</translation>
    </message>
    <message>
        <location filename="../../ui/console_session.py" line="154"/>
        <source>Screen-pop listener on 127.0.0.1:{port}</source>
        <translation>ตัวรับสัญญาณป๊อปอัปสายเข้าทำงานที่ 127.0.0.1:{port}</translation>
    </message>
    <message>
        <location filename="../../ui/console_session.py" line="166"/>
        <source>The screen-pop listener is off: {reason}</source>
        <translation>ตัวรับสัญญาณป๊อปอัปสายเข้าปิดอยู่: {reason}</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="29"/>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="30"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="42"/>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43"/>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>&amp;No</source>
        <translation>ไม่ใช่(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="33"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="34"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="35"/>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="36"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="37"/>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="38"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="39"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40"/>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกตำแหน่งลิงก์(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="74"/>
        <location filename="../../ui/dashboard_drill.py" line="75"/>
        <source>Reassign callbacks</source>
        <translation>มอบหมายการโทรกลับใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="81"/>
        <source>To an &amp;agent</source>
        <translation>ให้เจ้าหน้าที่(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="83"/>
        <source>Reassign to an agent</source>
        <translation>มอบหมายใหม่ให้เจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="84"/>
        <source>To a &amp;queue</source>
        <translation>ให้คิว(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="86"/>
        <source>Reassign to a queue</source>
        <translation>มอบหมายใหม่ให้คิว</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="94"/>
        <source>Agent</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="97"/>
        <source>Queue</source>
        <translation>คิว</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="99"/>
        <source>Choose an agent</source>
        <translation>เลือกเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="100"/>
        <source>Choose a queue</source>
        <translation>เลือกคิว</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="104"/>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="108"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="109"/>
        <source>Why (kept in the callback&apos;s history)</source>
        <translation>เหตุผล (เก็บไว้ในประวัติการโทรกลับ)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="126"/>
        <location filename="../../ui/dashboard_drill.py" line="222"/>
        <source>Reassign</source>
        <translation>มอบหมายใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="136"/>
        <source>&amp;Reason</source>
        <translation>เหตุผล(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="155"/>
        <source>Reassign 1 callback</source>
        <translation>มอบหมายการโทรกลับ 1 รายการใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="156"/>
        <source>Reassign {n} callbacks</source>
        <translation>มอบหมายการโทรกลับ {n} รายการใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="175"/>
        <source>Not available</source>
        <translation>ไม่พร้อมใช้งาน</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="205"/>
        <source>Choose the agent who takes them, and say why.</source>
        <translation>เลือกเจ้าหน้าที่ที่จะรับการโทรกลับเหล่านี้ และระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="206"/>
        <source>Choose the queue that takes them, and say why.</source>
        <translation>เลือกคิวที่จะรับการโทรกลับเหล่านี้ และระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="208"/>
        <source>Type a reason: it is kept in each callback&apos;s history.</source>
        <translation>พิมพ์เหตุผล: เหตุผลจะถูกเก็บไว้ในประวัติของการโทรกลับแต่ละรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_drill.py" line="222"/>
        <source>Reassigning…</source>
        <translation>กำลังมอบหมายใหม่…</translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location filename="../../ui/rejections_model.py" line="23"/>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="149"/>
        <location filename="../../ui/script_editor_dialog.py" line="790"/>
        <source>Scripts</source>
        <translation>สคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="150"/>
        <source>Script editor</source>
        <translation>ตัวแก้ไขสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="171"/>
        <source>All scripts, in library order</source>
        <translation>สคริปต์ทั้งหมด ตามลำดับในคลัง</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="174"/>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="174"/>
        <source>A new script</source>
        <translation>สคริปต์ใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="177"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="180"/>
        <source>Earlier in the library</source>
        <translation>ย้ายไปก่อนหน้าในคลัง</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="183"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="186"/>
        <source>Later in the library</source>
        <translation>ย้ายไปถัดไปในคลัง</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="189"/>
        <source>Import…</source>
        <translation>นำเข้า…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="192"/>
        <source>Import scripts from a file</source>
        <translation>นำเข้าสคริปต์จากไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="195"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="198"/>
        <source>Export every script to a file</source>
        <translation>ส่งออกสคริปต์ทั้งหมดไปยังไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="215"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="220"/>
        <source>Key</source>
        <translation>คีย์</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="220"/>
        <source>e.g. refund-delay</source>
        <translation>เช่น refund-delay</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="221"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="224"/>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="228"/>
        <source>Description for agents</source>
        <translation>คำอธิบายสำหรับเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="234"/>
        <source>Language shown when the customer&apos;s is missing</source>
        <translation>ภาษาที่แสดงเมื่อไม่มีภาษาของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="237"/>
        <source>Shortcut</source>
        <translation>ทางลัด</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="237"/>
        <source>e.g. Ctrl+Alt+R (optional)</source>
        <translation>เช่น Ctrl+Alt+R (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="245"/>
        <source>Queues</source>
        <translation>คิว</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="246"/>
        <source>Every queue — or names, e.g. Refunds, Cruise care</source>
        <translation>ทุกคิว — หรือระบุชื่อ เช่น Refunds, Cruise care</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="249"/>
        <source>&amp;Key</source>
        <translation>คีย์(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="250"/>
        <source>&amp;Title</source>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="251"/>
        <source>C&amp;ategory</source>
        <translation>หมวดหมู่(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="252"/>
        <source>&amp;Description</source>
        <translation>คำอธิบาย(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="253"/>
        <source>&amp;Queues</source>
        <translation>คิว(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="257"/>
        <source>S&amp;hortcut</source>
        <translation>ทางลัด(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="260"/>
        <source>Default &amp;language</source>
        <translation>ภาษาเริ่มต้น(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/script_editor_dialog.py" line="549"/>
        <source>%Ln script exported to {path}.</source>
        <translation>
            <numerusform>ส่งออกสคริปต์ %Ln รายการไปยัง {path} แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/script_editor_dialog.py" line="551"/>
        <source>%Ln scripts exported to {path}.</source>
        <translation>
            <numerusform>ส่งออกสคริปต์ %Ln รายการไปยัง {path} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="264"/>
        <source>Languages of the script</source>
        <translation>ภาษาของสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="266"/>
        <source>New language code</source>
        <translation>รหัสภาษาใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="266"/>
        <source>e.g. th</source>
        <translation>เช่น th</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="270"/>
        <source>Add language</source>
        <translation>เพิ่มภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="273"/>
        <source>Add a language</source>
        <translation>เพิ่มภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="276"/>
        <source>Remove this language</source>
        <translation>ลบภาษานี้</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="279"/>
        <source>Remove the language shown</source>
        <translation>ลบภาษาที่แสดงอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="288"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="288"/>
        <source>Why it is retired or restored (optional)</source>
        <translation>เหตุผลที่เลิกใช้หรือนำกลับมาใช้ (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="291"/>
        <location filename="../../ui/script_editor_dialog.py" line="773"/>
        <source>Retire</source>
        <translation>เลิกใช้</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="291"/>
        <source>Hide the script from agents</source>
        <translation>ซ่อนสคริปต์จากเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="294"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="294"/>
        <source>Save as a new version</source>
        <translation>บันทึกเป็นเวอร์ชันใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="312"/>
        <source>Versions, newest first</source>
        <translation>เวอร์ชัน เรียงจากล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="316"/>
        <source>What the version said</source>
        <translation>เนื้อหาของเวอร์ชันนี้</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="325"/>
        <source>Script and history</source>
        <translation>สคริปต์และประวัติ</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="326"/>
        <source>&amp;Script</source>
        <translation>สคริปต์(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="327"/>
        <source>&amp;History</source>
        <translation>ประวัติ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="331"/>
        <source>Import and export report</source>
        <translation>รายงานการนำเข้าและส่งออก</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="522"/>
        <source>Import scripts</source>
        <translation>นำเข้าสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="522"/>
        <source>Script files (*.json);;All files (*)</source>
        <translation>ไฟล์สคริปต์ (*.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="539"/>
        <source>Export scripts</source>
        <translation>ส่งออกสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="539"/>
        <source>Script files (*.json)</source>
        <translation>ไฟล์สคริปต์ (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="574"/>
        <source> (retired)</source>
        <translation> (เลิกใช้แล้ว)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="632"/>
        <source>“{title}” {what}: version {n}.</source>
        <translation>“{title}” {what}: เวอร์ชัน {n}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="644"/>
        <source>saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="645"/>
        <location filename="../../ui/script_editor_dialog.py" line="694"/>
        <source>retired</source>
        <translation>เลิกใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="646"/>
        <location filename="../../ui/script_editor_dialog.py" line="695"/>
        <source>restored</source>
        <translation>นำกลับมาใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="692"/>
        <source>created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="693"/>
        <source>edited</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="696"/>
        <source>imported</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="697"/>
        <source>shipped</source>
        <translation>มาพร้อมโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="701"/>
        <source>the program</source>
        <translation>โปรแกรม</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="773"/>
        <source>Restore</source>
        <translation>นำกลับมาใช้</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="784"/>
        <source>New script</source>
        <translation>สคริปต์ใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="786"/>
        <source>Script: {title} (version {n})</source>
        <translation>สคริปต์: {title} (เวอร์ชัน {n})</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="822"/>
        <source>{code} is there already.</source>
        <translation>มี {code} อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="833"/>
        <source>A script needs at least one language.</source>
        <translation>สคริปต์ต้องมีอย่างน้อยหนึ่งภาษา</translation>
    </message>
</context>
<context>
    <name>ScriptLibrary</name>
    <message>
        <location filename="../../ui/script_library.py" line="289"/>
        <location filename="../../ui/script_library.py" line="749"/>
        <source>Script library</source>
        <translation>คลังสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="341"/>
        <source>Search scripts</source>
        <translation>ค้นหาสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="342"/>
        <source>Search scripts…</source>
        <translation>ค้นหาสคริปต์…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="344"/>
        <source>Search scripts ({key}): ↑/↓ choose, Enter inserts, Esc goes back</source>
        <translation>ค้นหาสคริปต์ ({key}): ↑/↓ เพื่อเลือก, Enter เพื่อแทรก, Esc เพื่อย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="354"/>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="355"/>
        <source>All categories</source>
        <translation>ทุกหมวดหมู่</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="360"/>
        <location filename="../../ui/script_library.py" line="747"/>
        <source>Scripts</source>
        <translation>สคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="381"/>
        <source>Favourite</source>
        <translation>รายการโปรด</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="383"/>
        <source>Favourite: the first nine get Alt+1…9 ({key})</source>
        <translation>รายการโปรด: เก้ารายการแรกใช้ Alt+1…9 ได้ ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="396"/>
        <source>Language of the script</source>
        <translation>ภาษาของสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="397"/>
        <source>Show another language of this script</source>
        <translation>แสดงสคริปต์นี้ในภาษาอื่น</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="402"/>
        <source>Language notice</source>
        <translation>หมายเหตุเรื่องภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="409"/>
        <source>Preview of the filled script</source>
        <translation>ตัวอย่างสคริปต์ที่เติมข้อมูลแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="417"/>
        <source>Values to type</source>
        <translation>ค่าที่ต้องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="426"/>
        <source>Where the script goes</source>
        <translation>ตำแหน่งที่จะแทรกสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="430"/>
        <location filename="../../ui/script_library.py" line="1414"/>
        <source>Insert</source>
        <translation>แทรก</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="432"/>
        <source>Insert the script</source>
        <translation>แทรกสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="434"/>
        <location filename="../../ui/script_library.py" line="1296"/>
        <source>Insert at the cursor of the note or transfer field (Enter)</source>
        <translation>แทรกที่ตำแหน่งเคอร์เซอร์ในช่องบันทึกหรือช่องการโอนสาย (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="437"/>
        <location filename="../../ui/script_library.py" line="1416"/>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="439"/>
        <source>Copy the script</source>
        <translation>คัดลอกสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="440"/>
        <source>Copy the filled text to the clipboard (Ctrl+C)</source>
        <translation>คัดลอกข้อความที่เติมข้อมูลแล้วไปยังคลิปบอร์ด (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="444"/>
        <location filename="../../ui/script_library.py" line="1430"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="446"/>
        <source>Edit the script</source>
        <translation>แก้ไขสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="447"/>
        <source>Change this script (supervisors)</source>
        <translation>เปลี่ยนแปลงสคริปต์นี้ (สำหรับหัวหน้างาน)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="616"/>
        <source>No note or transfer field was chosen: “{title}” is on the clipboard — paste it with Ctrl+V.</source>
        <translation>ไม่ได้เลือกช่องบันทึกหรือช่องการโอนสาย: “{title}” อยู่ในคลิปบอร์ดแล้ว — วางด้วย Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="619"/>
        <source>The field you were in cannot take it now (saving, or another customer&apos;s): “{title}” is on the clipboard instead.</source>
        <translation>ช่องที่คุณใช้อยู่รับข้อความไม่ได้ในขณะนี้ (กำลังบันทึก หรือเป็นของลูกค้ารายอื่น): จึงคัดลอก “{title}” ไปยังคลิปบอร์ดแทน</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="629"/>
        <source>“{title}” is too long for that field: it is on the clipboard instead.</source>
        <translation>“{title}” ยาวเกินกว่าที่ช่องนั้นจะรับได้: จึงคัดลอกไปยังคลิปบอร์ดแทน</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="636"/>
        <location filename="../../ui/script_library.py" line="1351"/>
        <source>the text field</source>
        <translation>ช่องข้อความ</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="638"/>
        <source>“{title}” inserted into {where}.</source>
        <translation>แทรก “{title}” ลงใน {where} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="655"/>
        <source>“{title}” copied to the clipboard.</source>
        <translation>คัดลอก “{title}” ไปยังคลิปบอร์ดแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="688"/>
        <source>No favourite script {n}: star a script in the library ({key}).</source>
        <translation>ไม่มีสคริปต์โปรดลำดับที่ {n}: ติดดาวสคริปต์ในคลัง ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="711"/>
        <source>“{title}” is a favourite now.</source>
        <translation>เพิ่ม “{title}” ในรายการโปรดแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="713"/>
        <source>“{title}” is no longer a favourite.</source>
        <translation>นำ “{title}” ออกจากรายการโปรดแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="779"/>
        <source>&amp;Scripts</source>
        <translation>สคริปต์(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="792"/>
        <source>Script &amp;library</source>
        <translation>คลังสคริปต์(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="794"/>
        <source>&amp;Insert the chosen script</source>
        <translation>แทรกสคริปต์ที่เลือก(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="795"/>
        <source>&amp;Copy the chosen script</source>
        <translation>คัดลอกสคริปต์ที่เลือก(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="797"/>
        <source>Add to or remove from &amp;favourites</source>
        <translation>เพิ่มหรือนำออกจากรายการโปรด(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="802"/>
        <source>Show the script &amp;library</source>
        <translation>แสดงคลังสคริปต์(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="810"/>
        <source>&amp;Manage scripts…</source>
        <translation>จัดการสคริปต์(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="812"/>
        <source>&amp;New script…</source>
        <translation>สคริปต์ใหม่(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="814"/>
        <source>&amp;Import scripts…</source>
        <translation>นำเข้าสคริปต์(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="817"/>
        <source>&amp;Export scripts…</source>
        <translation>ส่งออกสคริปต์(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="833"/>
        <source>Insert favourite script 1…9</source>
        <translation>แทรกสคริปต์โปรดลำดับที่ 1…9</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="833"/>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="835"/>
        <source>Insert a script by its own shortcut</source>
        <translation>แทรกสคริปต์ด้วยทางลัดของสคริปต์นั้น</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="836"/>
        <source>shown beside it in the library</source>
        <translation>แสดงไว้ข้างสคริปต์ในคลัง</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="838"/>
        <source>Choose a script while searching</source>
        <translation>เลือกสคริปต์ขณะค้นหา</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="838"/>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="839"/>
        <source>Insert the chosen script</source>
        <translation>แทรกสคริปต์ที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="839"/>
        <source>Enter in the library</source>
        <translation>Enter ในคลัง</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="840"/>
        <source>Copy the chosen script</source>
        <translation>คัดลอกสคริปต์ที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="840"/>
        <source>Ctrl+C in the list</source>
        <translation>Ctrl+C ในรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="841"/>
        <source>Back to the note from the library</source>
        <translation>กลับจากคลังไปยังบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="841"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="844"/>
        <source>Insert “{title}”</source>
        <translation>แทรก “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="964"/>
        <source>used once</source>
        <translation>ใช้แล้ว 1 ครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="966"/>
        <source>used {n} times</source>
        <translation>ใช้แล้ว {n} ครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="968"/>
        <source>not used yet</source>
        <translation>ยังไม่เคยใช้</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="996"/>
        <source>No script matches.</source>
        <translation>ไม่พบสคริปต์ที่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="998"/>
        <source>No scripts for your queues yet.</source>
        <translation>ยังไม่มีสคริปต์สำหรับคิวของคุณ</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1132"/>
        <source>Choose a script</source>
        <translation>เลือกสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1146"/>
        <source>Reading the customer&apos;s details…</source>
        <translation>กำลังอ่านข้อมูลลูกค้า…</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1194"/>
        <source>The customer&apos;s language is not recorded — {shown} shown</source>
        <translation>ไม่มีข้อมูลภาษาของลูกค้า — แสดงเป็นภาษา {shown}</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1198"/>
        <source>{shown} chosen — the customer&apos;s language is {customer}</source>
        <translation>เลือกภาษา {shown} อยู่ — ภาษาของลูกค้าคือ {customer}</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1202"/>
        <source>{customer} not available — {shown} shown</source>
        <translation>ไม่มีภาษา {customer} — แสดงเป็นภาษา {shown}</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1230"/>
        <source>Open a customer to fill in their details.</source>
        <translation>เปิดข้อมูลลูกค้าเพื่อเติมรายละเอียดของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1252"/>
        <source>Type it here: the script needs it</source>
        <translation>พิมพ์ที่นี่: สคริปต์ต้องใช้ค่านี้</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1254"/>
        <source>Your answer for this customer</source>
        <translation>คำตอบของคุณสำหรับลูกค้ารายนี้</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1290"/>
        <source>Type the highlighted value first</source>
        <translation>พิมพ์ค่าที่ไฮไลต์ไว้ก่อน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/script_library.py" line="1292"/>
        <source>Type the %Ln highlighted values first</source>
        <translation>
            <numerusform>พิมพ์ค่าที่ไฮไลต์ไว้ %Ln ค่าก่อน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1311"/>
        <source>Type what the script needs ({names}), then press Enter to insert.</source>
        <translation>พิมพ์ข้อมูลที่สคริปต์ต้องใช้ ({names}) แล้วกด Enter เพื่อแทรก</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1350"/>
        <source>Goes into: {field}</source>
        <translation>แทรกลงใน: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1356"/>
        <source>No note or transfer field chosen: Insert copies to the clipboard.</source>
        <translation>ไม่ได้เลือกช่องบันทึกหรือช่องการโอนสาย: ปุ่มแทรกจะคัดลอกไปยังคลิปบอร์ด</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1420"/>
        <source>Remove from favourites</source>
        <translation>นำออกจากรายการโปรด</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1422"/>
        <source>Add to favourites</source>
        <translation>เพิ่มในรายการโปรด</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1426"/>
        <source>Move up in favourites</source>
        <translation>เลื่อนขึ้นในรายการโปรด</translation>
    </message>
    <message>
        <location filename="../../ui/script_library.py" line="1427"/>
        <source>Move down in favourites</source>
        <translation>เลื่อนลงในรายการโปรด</translation>
    </message>
</context>
<context>
    <name>ScriptPopup</name>
    <message>
        <location filename="../../ui/script_library.py" line="1450"/>
        <source>Scripts</source>
        <translation>สคริปต์</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_results_model.py" line="24"/>
        <source>Disruption</source>
        <translation>เหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="51"/>
        <source>Account</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="52"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="75"/>
        <source>Disruption: {names}</source>
        <translation>เหตุขัดข้อง: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="88"/>
        <source>Found by phone number</source>
        <translation>พบจากหมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="89"/>
        <source>Found by email</source>
        <translation>พบจากอีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="90"/>
        <source>Found by account number</source>
        <translation>พบจากเลขที่บัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="91"/>
        <source>Found by name</source>
        <translation>พบจากชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/search_results_model.py" line="92"/>
        <source>A similar name: nobody&apos;s name contains what you typed</source>
        <translation>ชื่อที่คล้ายกัน: ไม่มีชื่อใดที่มีคำที่คุณพิมพ์</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>Follow the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>None (numbers must start with +)</source>
        <translation>ไม่มี (หมายเลขต้องขึ้นต้นด้วย +)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>tel: link (the system&apos;s phone app)</source>
        <translation>ลิงก์ tel: (แอปโทรศัพท์ของระบบ)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="102"/>
        <source>sip: link to your phone system</source>
        <translation>ลิงก์ sip: ไปยังระบบโทรศัพท์ของคุณ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>callto: link</source>
        <translation>ลิงก์ callto:</translation>
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
        <translation>บรรทัดคำสั่งของซอฟต์โฟน โดย {number} จะแทนด้วย +79165551234 และ {number_digits} แทนด้วย 79165551234 หากเว้นว่างไว้ จะใช้ลิงก์ด้านบน</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>&amp;Test</source>
        <translation>ทดสอบ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>Show what a call would run, without running it</source>
        <translation>แสดงสิ่งที่การโทรจะเรียกใช้ โดยไม่เรียกใช้จริง</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>&amp;Beep when a reminder appears</source>
        <translation>ส่งเสียงบี๊บเมื่อมีการเตือน(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>Appearance</source>
        <translation>รูปลักษณ์</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="135"/>
        <source>T&amp;heme</source>
        <translation>ธีม(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="136"/>
        <source>The language is chosen in File › Language.</source>
        <translation>เลือกภาษาได้ที่เมนู ไฟล์ › ภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>Telephony</source>
        <translation>ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>For numbers typed without +; applies at the next start.</source>
        <translation>สำหรับหมายเลขที่พิมพ์โดยไม่มี + โดยจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Default &amp;country</source>
        <translation>ประเทศเริ่มต้น(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="144"/>
        <source>&amp;Dial by</source>
        <translation>โทรออกผ่าน(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="145"/>
        <source>&amp;SIP domain</source>
        <translation>โดเมน SIP(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>Dial comma&amp;nd</source>
        <translation>คำสั่งโทรออก(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Reminders</source>
        <translation>การเตือน</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="156"/>
        <source>Remind &amp;minutes before</source>
        <translation>เตือนล่วงหน้า (นาที)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>0 to 240; 0 reminds only when a callback is due.</source>
        <translation>0 ถึง 240 โดย 0 หมายถึงเตือนเมื่อการโทรกลับถึงกำหนดเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Dashboard alerts</source>
        <translation>การแจ้งเตือนบนแดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>&amp;Unattended promise ends within (minutes)</source>
        <translation>นัดที่ยังไม่มีใครดูแลจะสิ้นสุดภายใน (นาที)(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>O&amp;verdue callbacks above</source>
        <translation>การโทรกลับที่เลยกำหนดเกิน(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>The defaults are in the form: OK or Apply saves them.</source>
        <translation>ใส่ค่าเริ่มต้นลงในแบบฟอร์มแล้ว: กด “ตกลง” หรือ “นำไปใช้” เพื่อบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="322"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>ไม่ได้บันทึกสิ่งใด: แก้ไขช่องที่ทำเครื่องหมายสีแดงไว้</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="331"/>
        <source>The settings could not be saved to {path} ({problem}). Nothing is lost: correct the problem and press Apply again.</source>
        <translation>ไม่สามารถบันทึกการตั้งค่าลงใน {path} ได้ ({problem}) ไม่มีสิ่งใดสูญหาย: แก้ไขปัญหาแล้วกด “นำไปใช้” อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="341"/>
        <source>Saved. Applies at the next start: {what}.</source>
        <translation>บันทึกแล้ว สิ่งที่จะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="344"/>
        <source>Saved and applied.</source>
        <translation>บันทึกและนำไปใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="364"/>
        <source>{setting} (while {variable} is set, it decides)</source>
        <translation>{setting} (ขณะที่ตั้งค่า {variable} ไว้ ค่าของตัวแปรนั้นจะมีผลเหนือกว่า)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="406"/>
        <source>Dial would run: {command}</source>
        <translation>การโทรจะเรียกใช้: {command}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="408"/>
        <source>Dial would open: {url}</source>
        <translation>การโทรจะเปิด: {url}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="55"/>
        <location filename="../../ui/shortcuts_dialog.py" line="81"/>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="63"/>
        <source>Every command you can reach from the keyboard. Type to filter; Page Up, Page Down, Home and End move through the list.</source>
        <translation>ทุกคำสั่งที่เรียกใช้ได้จากแป้นพิมพ์ พิมพ์เพื่อกรอง และใช้ Page Up, Page Down, Home และ End เพื่อเลื่อนในรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="72"/>
        <location filename="../../ui/shortcuts_dialog.py" line="74"/>
        <source>Filter by command or key</source>
        <translation>กรองตามคำสั่งหรือแป้น</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="73"/>
        <source>Filter the shortcuts</source>
        <translation>กรองแป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="82"/>
        <source>Action</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="82"/>
        <source>Keys</source>
        <translation>แป้น</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/callback_reminder.py" line="298"/>
        <source>Snooze the reminder</source>
        <translation>เลื่อนการเตือน</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="302"/>
        <source>Minutes</source>
        <translation>นาที</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="305"/>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="308"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="309"/>
        <source>On another call, customer asked…</source>
        <translation>ติดสายอื่นอยู่ ลูกค้าขอ…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="316"/>
        <source>&amp;For</source>
        <translation>นาน(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="317"/>
        <source>&amp;Why</source>
        <translation>เหตุผล(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_reminder.py" line="331"/>
        <source>Say why: your supervisor sees snoozed reminders.</source>
        <translation>โปรดระบุเหตุผล: หัวหน้างานจะเห็นการเตือนที่ถูกเลื่อน</translation>
    </message>
</context>
<context>
    <name>TileButton</name>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="206"/>
        <source>Above the alert threshold. </source>
        <translation>เกินเกณฑ์การแจ้งเตือน </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tab.py" line="208"/>
        <source>{what} — click or press Enter to list the callbacks.</source>
        <translation>{what} — คลิกหรือกด Enter เพื่อแสดงรายการโทรกลับ</translation>
    </message>
</context>
<context>
    <name>TransferFormDialog</name>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="174"/>
        <source>Warm transfer</source>
        <translation>โอนสายแบบแจ้งล่วงหน้า</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="201"/>
        <source>a colleague or queue</source>
        <translation>เพื่อนร่วมงานหรือคิว</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="202"/>
        <source>a colleague who is signed in, or a queue</source>
        <translation>เพื่อนร่วมงานที่ลงชื่อเข้าใช้อยู่ หรือคิว</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="203"/>
        <source>reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="204"/>
        <source>the customer&apos;s issue</source>
        <translation>ปัญหาของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="205"/>
        <source>what was already tried</source>
        <translation>สิ่งที่ลองดำเนินการไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="206"/>
        <source>what was promised</source>
        <translation>สิ่งที่สัญญาไว้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="207"/>
        <source>identity verified</source>
        <translation>การยืนยันตัวตน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="208"/>
        <source>the customer&apos;s mood</source>
        <translation>อารมณ์ของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="209"/>
        <source>notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="210"/>
        <source>why another handover is needed</source>
        <translation>เหตุผลที่ต้องส่งต่ออีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="234"/>
        <source>Opening the customer…</source>
        <translation>กำลังเปิดข้อมูลลูกค้า…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="236"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="247"/>
        <source>Your colleague reads this before accepting: the customer should not have to explain anything again.</source>
        <translation>เพื่อนร่วมงานจะอ่านข้อมูลนี้ก่อนรับสาย: ลูกค้าไม่ควรต้องอธิบายซ้ำอีก</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="258"/>
        <source>Transfer status</source>
        <translation>สถานะการโอนสาย</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="265"/>
        <source>Transfer to</source>
        <translation>โอนไปยัง</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="267"/>
        <source>Type part of a name or a queue; colleagues who are not signed in are greyed</source>
        <translation>พิมพ์ชื่อบางส่วนหรือชื่อคิว เพื่อนร่วมงานที่ไม่ได้ลงชื่อเข้าใช้จะแสดงเป็นสีเทา</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="280"/>
        <source>Search colleagues and queues</source>
        <translation>ค้นหาเพื่อนร่วมงานและคิว</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="281"/>
        <source>Type a colleague&apos;s name or a queue…</source>
        <translation>พิมพ์ชื่อเพื่อนร่วมงานหรือคิว…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="290"/>
        <source>Reason for the transfer</source>
        <translation>เหตุผลในการโอนสาย</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="297"/>
        <source>The customer&apos;s issue</source>
        <translation>ปัญหาของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="298"/>
        <source>One sentence: what the customer needs</source>
        <translation>หนึ่งประโยค: ลูกค้าต้องการอะไร</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="303"/>
        <source>What was already tried</source>
        <translation>สิ่งที่ลองดำเนินการไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="304"/>
        <source>Checks made, steps taken, who was asked</source>
        <translation>สิ่งที่ตรวจสอบแล้ว ขั้นตอนที่ดำเนินการ และผู้ที่สอบถามไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="307"/>
        <source>What was promised</source>
        <translation>สิ่งที่สัญญาไว้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="308"/>
        <source>What the customer was told will happen, and by when</source>
        <translation>สิ่งที่แจ้งลูกค้าว่าจะเกิดขึ้น และภายในเมื่อใด</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="312"/>
        <source>Link an open promise</source>
        <translation>เชื่อมโยงนัดหมายที่ค้างอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="313"/>
        <source>Link one of the customer&apos;s open callbacks</source>
        <translation>เชื่อมโยงการโทรกลับที่ค้างอยู่รายการหนึ่งของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="319"/>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="323"/>
        <source>Nobody signed in there</source>
        <translation>ไม่มีใครลงชื่อเข้าใช้ในคิวนั้น</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="326"/>
        <source>Make it a &amp;callback</source>
        <translation>เปลี่ยนเป็นการโทรกลับ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="328"/>
        <source>Make it a callback</source>
        <translation>เปลี่ยนเป็นการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="331"/>
        <source>Close this form (your note is kept) and promise the customer a callback</source>
        <translation>ปิดแบบฟอร์มนี้ (บันทึกของคุณจะถูกเก็บไว้) แล้วนัดโทรกลับหาลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="337"/>
        <source>Verified: the customer passed the identity check</source>
        <translation>ยืนยันแล้ว: ลูกค้าผ่านการตรวจสอบตัวตน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="339"/>
        <source>Identity verified</source>
        <translation>ยืนยันตัวตนแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="343"/>
        <source>The customer&apos;s mood</source>
        <translation>อารมณ์ของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="349"/>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="349"/>
        <source>Anything else the colleague should know</source>
        <translation>ข้อมูลอื่น ๆ ที่เพื่อนร่วมงานควรทราบ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="363"/>
        <source>Handovers in this contact</source>
        <translation>การส่งต่อในการติดต่อนี้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="367"/>
        <source>Why another handover?</source>
        <translation>ทำไมต้องส่งต่ออีกครั้ง?</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="368"/>
        <source>Your supervisor reads this</source>
        <translation>หัวหน้างานจะอ่านข้อความนี้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="375"/>
        <source>Problem with {field}</source>
        <translation>มีปัญหาที่ {field}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="384"/>
        <source>What is still needed</source>
        <translation>สิ่งที่ยังต้องระบุ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="392"/>
        <location filename="../../ui/transfer_form_dialog.py" line="1120"/>
        <source>&amp;Send</source>
        <translation>ส่ง(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="393"/>
        <source>Send the transfer</source>
        <translation>ส่งการโอนสาย</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="394"/>
        <source>Send the transfer (Ctrl+Enter)</source>
        <translation>ส่งการโอนสาย (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="399"/>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="400"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="401"/>
        <source>Close; what you typed is kept as a draft (Esc)</source>
        <translation>ปิด โดยสิ่งที่คุณพิมพ์จะถูกเก็บเป็นฉบับร่าง (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="410"/>
        <source>Tar&amp;get</source>
        <translation>ปลายทาง(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="411"/>
        <source>&amp;Reason</source>
        <translation>เหตุผล(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="412"/>
        <source>&amp;Issue</source>
        <translation>ปัญหา(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="413"/>
        <source>What was &amp;tried</source>
        <translation>สิ่งที่ลองแล้ว(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="414"/>
        <source>What was &amp;promised</source>
        <translation>สิ่งที่สัญญาไว้(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="415"/>
        <source>I&amp;dentity</source>
        <translation>ตัวตน(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="416"/>
        <source>&amp;Mood</source>
        <translation>อารมณ์(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="417"/>
        <source>&amp;Notes</source>
        <translation>บันทึก(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="418"/>
        <source>&amp;Why another handover?</source>
        <translation>ทำไมต้องส่งต่ออีกครั้ง(&amp;W)?</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="431"/>
        <source>&amp;Link an open promise:</source>
        <translation>เชื่อมโยงนัดหมายที่ค้างอยู่(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="45"/>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="46"/>
        <source>Booking change</source>
        <translation>เปลี่ยนแปลงการจอง</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="47"/>
        <source>Complaint</source>
        <translation>ร้องเรียน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="48"/>
        <source>Technical</source>
        <translation>ปัญหาทางเทคนิค</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="49"/>
        <source>Billing</source>
        <translation>การเรียกเก็บเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="50"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="51"/>
        <source>Specialist</source>
        <translation>ผู้เชี่ยวชาญ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="52"/>
        <source>Escalation</source>
        <translation>ยกระดับเรื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="53"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="54"/>
        <source>Calm</source>
        <translation>สงบ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="55"/>
        <source>Confused</source>
        <translation>สับสน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="56"/>
        <source>Worried</source>
        <translation>กังวล</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="57"/>
        <source>Frustrated</source>
        <translation>หงุดหงิด</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="58"/>
        <source>Angry</source>
        <translation>โกรธ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="109"/>
        <source>nobody signed in</source>
        <translation>ไม่มีใครลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="110"/>
        <source>{n} signed in</source>
        <translation>ลงชื่อเข้าใช้ {n} คน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="114"/>
        <source>available</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="115"/>
        <source>not signed in</source>
        <translation>ไม่ได้ลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="116"/>
        <source>off shift</source>
        <translation>นอกกะ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="540"/>
        <source>Queue: {name} · {availability}</source>
        <translation>คิว: {name} · {availability}</translation>
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
        <translation>กำลังส่ง…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="755"/>
        <source>Warm transfer: {name}</source>
        <translation>โอนสายแบบแจ้งล่วงหน้า: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="773"/>
        <source>Customer not available</source>
        <translation>ไม่สามารถเปิดข้อมูลลูกค้าได้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="779"/>
        <source>The database cannot be reached, so the form cannot open this customer. Close it and try again when the database is back.</source>
        <translation>เชื่อมต่อฐานข้อมูลไม่ได้ จึงเปิดข้อมูลลูกค้ารายนี้ในแบบฟอร์มไม่ได้ ปิดแบบฟอร์มแล้วลองอีกครั้งเมื่อฐานข้อมูลกลับมาใช้งานได้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="805"/>
        <source>{name} is {availability}: send to their queue instead</source>
        <translation>{name} {availability}: ส่งไปยังคิวของเพื่อนร่วมงานแทน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="827"/>
        <source>No open promises</source>
        <translation>ไม่มีนัดหมายที่ค้างอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="838"/>
        <source>{name} was already passed on {n} times in this contact. Say why another handover is needed: your supervisor reads it.</source>
        <translation>{name} ถูกส่งต่อมาแล้ว {n} ครั้งในการติดต่อนี้ โปรดระบุเหตุผลที่ต้องส่งต่ออีกครั้ง: หัวหน้างานจะอ่านข้อความนี้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="840"/>
        <source>This customer</source>
        <translation>ลูกค้ารายนี้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="876"/>
        <source>Your unsaved transfer note is back.</source>
        <translation>กู้คืนบันทึกการโอนสายที่ยังไม่ได้ส่งของคุณแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="909"/>
        <source>{name} is {availability} now: choose another colleague or a queue.</source>
        <translation>ขณะนี้ {name} {availability}: เลือกเพื่อนร่วมงานคนอื่นหรือคิว</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="919"/>
        <source>What you typed could not be kept as a draft ({error}). Send it or copy it before you close this form.</source>
        <translation>ไม่สามารถเก็บสิ่งที่คุณพิมพ์เป็นฉบับร่างได้ ({error}) โปรดส่งหรือคัดลอกไว้ก่อนปิดแบบฟอร์มนี้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="946"/>
        <source>{name} is {availability}: choose a colleague who is available, or their queue.</source>
        <translation>{name} {availability}: เลือกเพื่อนร่วมงานที่ว่าง หรือคิวของเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1059"/>
        <source>Nobody is signed in to {queue} now: the customer would wait on hold for no one. Promise a callback instead?</source>
        <translation>ขณะนี้ไม่มีใครลงชื่อเข้าใช้ใน {queue}: ลูกค้าจะต้องถือสายรอโดยไม่มีใครรับสาย นัดโทรกลับแทนหรือไม่?</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1183"/>
        <source>Not sent yet: please correct what is marked.</source>
        <translation>ยังไม่ได้ส่ง: โปรดแก้ไขส่วนที่ทำเครื่องหมายไว้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1191"/>
        <source>Not sent: the database cannot be reached. Everything you typed is kept; send again when it is back (it will not be sent twice).</source>
        <translation>ไม่ได้ส่ง: เชื่อมต่อฐานข้อมูลไม่ได้ ทุกสิ่งที่คุณพิมพ์ถูกเก็บไว้แล้ว ส่งอีกครั้งเมื่อฐานข้อมูลกลับมาใช้งานได้ (ระบบจะไม่ส่งซ้ำ)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1196"/>
        <source>The database cannot be reached. What you type is kept as a draft on this computer; close and reopen the form when the database is back.</source>
        <translation>เชื่อมต่อฐานข้อมูลไม่ได้ สิ่งที่คุณพิมพ์จะถูกเก็บเป็นฉบับร่างในคอมพิวเตอร์เครื่องนี้ ปิดและเปิดแบบฟอร์มใหม่เมื่อฐานข้อมูลกลับมาใช้งานได้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1205"/>
        <source>Not sent: something went wrong. What you typed is kept.</source>
        <translation>ไม่ได้ส่ง: เกิดข้อผิดพลาด สิ่งที่คุณพิมพ์ถูกเก็บไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1219"/>
        <source>Nothing can be sent from this form now.</source>
        <translation>ขณะนี้ไม่สามารถส่งสิ่งใดจากแบบฟอร์มนี้ได้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1221"/>
        <source>Loading the customer and who can take the call…</source>
        <translation>กำลังโหลดข้อมูลลูกค้าและผู้ที่รับสายได้…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1227"/>
        <source>Still needed: {fields}</source>
        <translation>ยังต้องระบุ: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1229"/>
        <source>Checking what {target} needs…</source>
        <translation>กำลังตรวจสอบข้อมูลที่ {target} ต้องการ…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1232"/>
        <source>Ready to send (Ctrl+Enter).</source>
        <translation>พร้อมส่ง (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1249"/>
        <source>Required</source>
        <translation>จำเป็น</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1266"/>
        <source>this target</source>
        <translation>ปลายทางนี้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_form_dialog.py" line="1268"/>
        <source>queue {name}</source>
        <translation>คิว {name}</translation>
    </message>
</context>
<context>
    <name>TransferInbox</name>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="68"/>
        <source>someone</source>
        <translation>ไม่ทราบผู้ส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="69"/>
        <source>From {who}</source>
        <translation>จาก {who}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="72"/>
        <source>handover {n} in this contact</source>
        <translation>การส่งต่อครั้งที่ {n} ในการติดต่อนี้</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="79"/>
        <source>Why: {reason}</source>
        <translation>เหตุผล: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="82"/>
        <source>Identity verified</source>
        <translation>ยืนยันตัวตนแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="84"/>
        <source>Identity NOT verified</source>
        <translation>ยังไม่ได้ยืนยันตัวตน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="87"/>
        <source>Mood: {mood}</source>
        <translation>อารมณ์: {mood}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="91"/>
        <source>Issue: {text}</source>
        <translation>ปัญหา: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="95"/>
        <source>Tried: {text}</source>
        <translation>สิ่งที่ลองแล้ว: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="99"/>
        <source>Promised: {text}</source>
        <translation>สิ่งที่สัญญาไว้: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="105"/>
        <source>Notes: {text}</source>
        <translation>บันทึก: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="109"/>
        <source>Why another handover: {text}</source>
        <translation>เหตุผลที่ต้องส่งต่ออีกครั้ง: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="157"/>
        <source>Incoming transfer</source>
        <translation>การโอนสายเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="182"/>
        <source>The customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="190"/>
        <source>Accept</source>
        <translation>รับการโอน</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="193"/>
        <source>Accept and open the customer (Ctrl+Shift+Y)</source>
        <translation>รับการโอนและเปิดข้อมูลลูกค้า (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="195"/>
        <source>Decline…</source>
        <translation>ปฏิเสธ…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="200"/>
        <source>Why you decline</source>
        <translation>เหตุผลที่ปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="201"/>
        <source>Why (the sender reads it), then Enter</source>
        <translation>เหตุผล (ผู้ส่งจะอ่านข้อความนี้) แล้วกด Enter</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="321"/>
        <source>Account {n}</source>
        <translation>บัญชี {n}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="327"/>
        <source>{time} there</source>
        <translation>เวลาที่นั่น {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="332"/>
        <source>%Ln open promise</source>
        <translation>
            <numerusform>นัดหมายที่ค้างอยู่ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="334"/>
        <source>%Ln open promises</source>
        <translation>
            <numerusform>นัดหมายที่ค้างอยู่ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="338"/>
        <source>passed on %Ln time in this contact</source>
        <translation>
            <numerusform>ถูกส่งต่อมาแล้ว %Ln ครั้งในการติดต่อนี้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_inbox.py" line="340"/>
        <source>passed on %Ln times in this contact</source>
        <translation>
            <numerusform>ถูกส่งต่อมาแล้ว %Ln ครั้งในการติดต่อนี้</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="350"/>
        <source>you</source>
        <translation>คุณ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="352"/>
        <source>queue {q}</source>
        <translation>คิว {q}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="354"/>
        <source>Transfer for {to}: {customer}</source>
        <translation>การโอนสายถึง {to}: {customer}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_inbox.py" line="356"/>
        <source>(+{n} more waiting)</source>
        <translation>(+รออีก {n} รายการ)</translation>
    </message>
</context>
<context>
    <name>TransferStatus</name>
    <message>
        <location filename="../../ui/transfer_status.py" line="58"/>
        <source>Transfer you sent</source>
        <translation>การโอนสายที่คุณส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="74"/>
        <source>Try another colleague or queue</source>
        <translation>ลองเพื่อนร่วมงานหรือคิวอื่น</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="75"/>
        <source>Try there</source>
        <translation>ลองที่นี่</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="78"/>
        <source>Make it a callback</source>
        <translation>เปลี่ยนเป็นการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="81"/>
        <source>The target queue calls the customer back, with your note</source>
        <translation>คิวปลายทางจะโทรกลับหาลูกค้าพร้อมบันทึกของคุณ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="84"/>
        <source>Withdraw</source>
        <translation>ยกเลิกการโอนสาย</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="87"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="154"/>
        <source>Queue: {q}</source>
        <translation>คิว: {q}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="189"/>
        <source>Nobody has accepted your transfer of {c} to {to} yet.</source>
        <translation>ยังไม่มีใครรับการโอนสายของ {c} ไปยัง {to}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="191"/>
        <source>Try someone else, or promise a callback from {to}.</source>
        <translation>ลองโอนไปยังผู้อื่น หรือนัดให้ {to} โทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="197"/>
        <source>Waiting for {to} to accept {c}… ({s} s)</source>
        <translation>กำลังรอ {to} รับสาย {c}… ({s} วินาที)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="201"/>
        <source>{who} accepted {c}: hand the customer over now.</source>
        <translation>{who} รับสาย {c} แล้ว: ส่งต่อลูกค้าได้เลย</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="205"/>
        <source>{to} declined: {why}</source>
        <translation>{to} ปฏิเสธ: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="208"/>
        <source>{c} will be called back by {to}; tell the customer.</source>
        <translation>{to} จะโทรกลับหา {c} แจ้งให้ลูกค้าทราบ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_status.py" line="212"/>
        <source>Transfer {state}.</source>
        <translation>การโอนสาย: {state}</translation>
    </message>
</context>
<context>
    <name>_VariantEditor</name>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="74"/>
        <source>Title in {language}</source>
        <translation>ชื่อเรื่อง ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="76"/>
        <source>Title in this language (optional)</source>
        <translation>ชื่อเรื่องในภาษานี้ (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="80"/>
        <source>Text in {language}</source>
        <translation>ข้อความ ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="85"/>
        <source>For example: {text}</source>
        <translation>ตัวอย่าง: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="89"/>
        <source>Check of the {language} text</source>
        <translation>ผลตรวจสอบข้อความ ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="120"/>
        <source>line 1: the text is empty</source>
        <translation>บรรทัด 1: ข้อความว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="127"/>
        <source>no fields</source>
        <translation>ไม่มีฟิลด์</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="129"/>
        <source>✓ Fills in: {fields}</source>
        <translation>✓ เติมข้อมูล: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="131"/>
        <source>Asks the agent: {questions}</source>
        <translation>ถามเจ้าหน้าที่: {questions}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor_dialog.py" line="133"/>
        <source>The caret goes to the cursor marker.</source>
        <translation>เคอร์เซอร์จะไปอยู่ที่ตำแหน่งเครื่องหมายเคอร์เซอร์</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../../ui/core_messages.py" line="305"/>
        <source>Customer {id} does not exist (any more).</source>
        <translation>ไม่มีลูกค้า {id} (หรือไม่มีในระบบแล้ว)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="306"/>
        <source>{name} is marked do-not-call: no callback can be promised. Offer another channel (e-mail) or ask a supervisor.</source>
        <translation>{name} ถูกทำเครื่องหมายห้ามโทร: นัดโทรกลับไม่ได้ เสนอช่องทางอื่น (อีเมล) หรือสอบถามหัวหน้างาน</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="309"/>
        <source>Callback {id} does not exist.</source>
        <translation>ไม่พบการโทรกลับ {id}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="310"/>
        <source>Someone else took this callback a moment ago.</source>
        <translation>มีผู้อื่นรับการโทรกลับนี้ไปเมื่อสักครู่</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="312"/>
        <source>{name} is working on this callback right now.</source>
        <translation>{name} กำลังดำเนินการโทรกลับรายการนี้อยู่</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="313"/>
        <source>This callback belongs to {owner}; ask a supervisor to reassign it.</source>
        <translation>การโทรกลับนี้เป็นของ {owner} โปรดขอให้หัวหน้างานมอบหมายใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="326"/>
        <source>This callback is no longer open.</source>
        <translation>การโทรกลับนี้ปิดไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="329"/>
        <source>{n} of the selected callbacks were closed meanwhile; the list was refreshed and nothing was changed.</source>
        <translation>การโทรกลับที่เลือก {n} รายการถูกปิดไปในระหว่างนี้ จึงรีเฟรชรายการแล้วและไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="332"/>
        <source>You are not a member of that queue.</source>
        <translation>คุณไม่ได้เป็นสมาชิกของคิวนั้น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="333"/>
        <source>That agent does not exist or is disabled.</source>
        <translation>ไม่มีเจ้าหน้าที่รายนั้น หรือถูกปิดใช้งานแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="334"/>
        <source>That queue does not exist.</source>
        <translation>ไม่มีคิวนั้น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="339"/>
        <source>a name is required</source>
        <translation>ต้องระบุชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="340"/>
        <source>“{code}” is not a two-letter country code such as TH or IR</source>
        <translation>“{code}” ไม่ใช่รหัสประเทศสองตัวอักษร (เช่น TH หรือ IR)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="341"/>
        <source>“{zone}” is not a time zone such as Asia/Tehran</source>
        <translation>“{zone}” ไม่ใช่เขตเวลาที่ถูกต้อง (เช่น Asia/Tehran)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="342"/>
        <source>“{code}” is not a language code such as fa or th</source>
        <translation>“{code}” ไม่ใช่รหัสภาษา (เช่น fa หรือ th)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="343"/>
        <source>a tag has at most {n} characters</source>
        <translation>แท็กมีได้ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="272"/>
        <source>at most {n} characters</source>
        <translation>ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="14"/>
        <source>Demo data needs at least {n} customers.</source>
        <translation>ข้อมูลตัวอย่างต้องมีลูกค้าอย่างน้อย {n} ราย</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="15"/>
        <source>Callbacks per customer must be between {low} and {high}.</source>
        <translation>จำนวนการโทรกลับต่อลูกค้าต้องอยู่ระหว่าง {low} ถึง {high}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="16"/>
        <source>The database at {server} already has {n:,} customers: demo data goes into an empty database (give --db a new one).</source>
        <translation>ฐานข้อมูลที่ {server} มีลูกค้าอยู่แล้ว {n:,} ราย: ข้อมูลตัวอย่างต้องใส่ในฐานข้อมูลที่ว่างเปล่า (ระบุฐานข้อมูลใหม่ให้ --db)</translation>
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
        <translation>โปรดแก้ไข: {problems}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="21"/>
        <source>column name</source>
        <translation>ชื่อคอลัมน์นี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="22"/>
        <source>value</source>
        <translation>ค่านี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="23"/>
        <source>the line cannot be read as CSV ({problem})</source>
        <translation>อ่านบรรทัดนี้เป็น CSV ไม่ได้ ({problem})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="24"/>
        <source>the {what} contains a NUL character (a UTF-16 file without its byte-order mark, or a binary file?): save the file as “CSV UTF-8”</source>
        <translation>{what}มีอักขระ NUL (อาจเป็นไฟล์ UTF-16 ที่ไม่มีเครื่องหมายลำดับไบต์ หรือเป็นไฟล์ไบนารี?): บันทึกไฟล์เป็น “CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="25"/>
        <source>a field is longer than {n:,} characters (often a quote that is never closed)</source>
        <translation>มีฟิลด์ที่ยาวเกิน {n:,} ตัวอักษร (มักเกิดจากเครื่องหมายอัญประกาศที่ไม่ได้ปิด)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="26"/>
        <source>a quote inside a field is not doubled (write &quot;&quot; for a quote inside quotes)</source>
        <translation>เครื่องหมายอัญประกาศภายในฟิลด์ไม่ได้เขียนซ้ำสองตัว (เขียน &quot;&quot; แทนเครื่องหมายอัญประกาศที่อยู่ภายในอัญประกาศ)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="27"/>
        <source>a quoted field is never closed</source>
        <translation>ฟิลด์ที่อยู่ในเครื่องหมายอัญประกาศไม่ได้ปิดอัญประกาศ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="28"/>
        <source>a line break inside a field that is not in quotes</source>
        <translation>มีการขึ้นบรรทัดใหม่ภายในฟิลด์ที่ไม่ได้อยู่ในเครื่องหมายอัญประกาศ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="29"/>
        <source>the {what} has bytes that are not valid UTF-8 text: save the file as “CSV UTF-8” (or Excel&apos;s “Unicode text”) and import it again</source>
        <translation>{what}มีไบต์ที่ไม่ใช่ข้อความ UTF-8 ที่ถูกต้อง: บันทึกไฟล์เป็น “CSV UTF-8” (หรือ “Unicode text” ของ Excel) แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="30"/>
        <source>“{phone}” is not a phone number in international form (+ and the country code): for national numbers give the row a country, or set the default region</source>
        <translation>“{phone}” ไม่ใช่หมายเลขโทรศัพท์ในรูปแบบสากล (+ และรหัสประเทศ): สำหรับหมายเลขในประเทศ ให้ระบุประเทศในแถวนั้น หรือตั้งค่าภูมิภาคเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="31"/>
        <source>“{phone}” is not a phone number, in international form (+…) or for {region}</source>
        <translation>“{phone}” ไม่ใช่หมายเลขโทรศัพท์ทั้งในรูปแบบสากล (+…) และในรูปแบบของ {region}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="32"/>
        <source>“{phone}” is not a phone number</source>
        <translation>“{phone}” ไม่ใช่หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="33"/>
        <source>account {account} is already in the database (a customer cannot be imported twice)</source>
        <translation>บัญชี {account} มีอยู่ในฐานข้อมูลแล้ว (นำเข้าลูกค้ารายเดียวกันซ้ำไม่ได้)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="34"/>
        <source>the custom field “{name}”</source>
        <translation>ฟิลด์กำหนดเอง “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="35"/>
        <source>no column holds the account number: name one “account_no” (or “account”, “booking”), or map a column to account_no</source>
        <translation>ไม่มีคอลัมน์ที่เก็บเลขที่บัญชี: ตั้งชื่อคอลัมน์หนึ่งว่า “account_no” (หรือ “account”, “booking”) หรือจับคู่คอลัมน์หนึ่งกับ account_no</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="36"/>
        <source>no column holds the customer&apos;s name: name one “full_name” (or “given_name” and “family_name”), or map a column to full_name</source>
        <translation>ไม่มีคอลัมน์ที่เก็บชื่อลูกค้า: ตั้งชื่อคอลัมน์หนึ่งว่า “full_name” (หรือ “given_name” และ “family_name”) หรือจับคู่คอลัมน์หนึ่งกับ full_name</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="37"/>
        <source>no column holds the customer&apos;s time zone: add a “time_zone” column with IANA names such as Europe/Tallinn or Asia/Bangkok</source>
        <translation>ไม่มีคอลัมน์ที่เก็บเขตเวลาของลูกค้า: เพิ่มคอลัมน์ “time_zone” ที่มีชื่อแบบ IANA เช่น Europe/Tallinn หรือ Asia/Bangkok</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="38"/>
        <source>{file} is empty or its first line cannot be read: the first line must name the columns (account_no, full_name, time_zone...).</source>
        <translation>{file} ว่างเปล่าหรืออ่านบรรทัดแรกไม่ได้: บรรทัดแรกต้องระบุชื่อคอลัมน์ (account_no, full_name, time_zone...)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="39"/>
        <source>the line has {n} field where the header has {width}: a delimiter is missing or extra, or a quote is not closed</source>
        <translation>บรรทัดนี้มี {n} ฟิลด์ แต่ส่วนหัวมี {width} ฟิลด์: ตัวคั่นขาดหายหรือเกินมา หรือเครื่องหมายอัญประกาศไม่ได้ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="40"/>
        <source>the line has {n} fields where the header has {width}: a delimiter is missing or extra, or a quote is not closed</source>
        <translation>บรรทัดนี้มี {n} ฟิลด์ แต่ส่วนหัวมี {width} ฟิลด์: ตัวคั่นขาดหายหรือเกินมา หรือเครื่องหมายอัญประกาศไม่ได้ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="41"/>
        <source>the account number is missing</source>
        <translation>ไม่มีเลขที่บัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="42"/>
        <source>an account number may have at most {n} characters</source>
        <translation>เลขที่บัญชีมีได้ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="43"/>
        <source>the customer&apos;s name is missing</source>
        <translation>ไม่มีชื่อลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="44"/>
        <source>the time zone is missing: give an IANA name such as Europe/Tallinn or Asia/Bangkok</source>
        <translation>ไม่มีเขตเวลา: ระบุชื่อแบบ IANA เช่น Europe/Tallinn หรือ Asia/Bangkok</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="45"/>
        <source>“{language}” is not a language code: use one such as en, ru, th or pt-BR</source>
        <translation>“{language}” ไม่ใช่รหัสภาษา: ใช้รหัส เช่น en, ru, th หรือ pt-BR</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="46"/>
        <source>“{country}” is not a country code: use the two-letter ISO code such as GB, TH or RU</source>
        <translation>“{country}” ไม่ใช่รหัสประเทศ: ใช้รหัส ISO สองตัวอักษร เช่น GB, TH หรือ RU</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="47"/>
        <source>“{value}” is not yes or no: use yes/no, true/false or 1/0</source>
        <translation>“{value}” ไม่ใช่ yes หรือ no: ใช้ yes/no, true/false หรือ 1/0</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="48"/>
        <source>the file is empty: its first line must name the columns (account_no, full_name, time_zone...)</source>
        <translation>ไฟล์ว่างเปล่า: บรรทัดแรกต้องระบุชื่อคอลัมน์ (account_no, full_name, time_zone...)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="49"/>
        <source>the header has no column “{column}” to map (its columns are {columns})</source>
        <translation>ส่วนหัวไม่มีคอลัมน์ “{column}” ให้จับคู่ (คอลัมน์ที่มีคือ {columns})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="50"/>
        <source>both “{first}” and “{second}” would fill {what}: map one of them to another field or to ignore</source>
        <translation>ทั้ง “{first}” และ “{second}” จะเติมข้อมูลลงใน {what}: จับคู่คอลัมน์หนึ่งกับฟิลด์อื่น หรือตั้งเป็น “ข้าม”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="51"/>
        <source>a custom field name may have at most {n} characters</source>
        <translation>ชื่อฟิลด์กำหนดเองมีได้ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="52"/>
        <source>There is no file {path}: check the name and folder.</source>
        <translation>ไม่มีไฟล์ {path}: ตรวจสอบชื่อไฟล์และโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="53"/>
        <source>{path} is a folder: choose a CSV file.</source>
        <translation>{path} เป็นโฟลเดอร์: เลือกไฟล์ CSV</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="54"/>
        <source>Cannot read {path}: {problem}.</source>
        <translation>อ่าน {path} ไม่ได้: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="55"/>
        <source>a given or family name may have at most {n} characters</source>
        <translation>ชื่อหรือนามสกุลมีได้ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="56"/>
        <source>the name contains control characters</source>
        <translation>ชื่อมีอักขระควบคุม</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="57"/>
        <source>“{zone}” is not a time zone: use an IANA name such as Europe/Tallinn, America/New_York or Asia/Bangkok</source>
        <translation>“{zone}” ไม่ใช่เขตเวลา: ใช้ชื่อแบบ IANA เช่น Europe/Tallinn, America/New_York หรือ Asia/Bangkok</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="58"/>
        <source>the country is missing: add a “country” column with two-letter ISO codes such as GB, TH or RU, or give phone numbers in international form (+…)</source>
        <translation>ไม่มีประเทศ: เพิ่มคอลัมน์ “country” ที่มีรหัส ISO สองตัวอักษร เช่น GB, TH หรือ RU หรือระบุหมายเลขโทรศัพท์ในรูปแบบสากล (+…)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="59"/>
        <source>a custom field may have at most {n:,} characters</source>
        <translation>ฟิลด์กำหนดเองมีได้ไม่เกิน {n:,} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="60"/>
        <source>the file has a header but no customers below it</source>
        <translation>ไฟล์มีส่วนหัว แต่ไม่มีข้อมูลลูกค้าอยู่ด้านล่าง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="61"/>
        <source>a value in a column whose name in the header is empty: name the column or remove the value</source>
        <translation>มีค่าอยู่ในคอลัมน์ที่ไม่มีชื่อในส่วนหัว: ตั้งชื่อคอลัมน์หรือลบค่านั้นออก</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="62"/>
        <source>an account number may hold only letters, digits and . / # _</source>
        <translation>เลขที่บัญชีมีได้เฉพาะตัวอักษร ตัวเลข และ . / # _</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="63"/>
        <source>the name is too long (at most {n} characters, fewer for names in Cyrillic)</source>
        <translation>ชื่อยาวเกินไป (ไม่เกิน {n} ตัวอักษร และน้อยกว่านี้สำหรับชื่อที่เป็นอักษรซีริลลิก)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="64"/>
        <source>a phone number may have at most {n} characters and no control characters</source>
        <translation>หมายเลขโทรศัพท์มีได้ไม่เกิน {n} ตัวอักษรและต้องไม่มีอักขระควบคุม</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="65"/>
        <source>“{email}” is not an e-mail address</source>
        <translation>“{email}” ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="66"/>
        <source>a tag may have at most {n} characters and no control characters</source>
        <translation>แท็กมีได้ไม่เกิน {n} ตัวอักษรและต้องไม่มีอักขระควบคุม</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="67"/>
        <source>Nothing was imported from {file}: one of its account numbers was added by someone else while the file was being imported. Import the file again to see which.</source>
        <translation>ไม่มีการนำเข้าข้อมูลจาก {file}: มีผู้อื่นเพิ่มเลขที่บัญชีหนึ่งในไฟล์นี้ระหว่างที่กำลังนำเข้า นำเข้าไฟล์อีกครั้งเพื่อดูว่าเป็นเลขที่บัญชีใด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="68"/>
        <source>account {account} is already on line {line} of this file</source>
        <translation>บัญชี {account} มีอยู่แล้วในบรรทัดที่ {line} ของไฟล์นี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="69"/>
        <source>The calendar could not be saved to “{path}” ({problem}). Choose another folder, or close the file if another program has it open.</source>
        <translation>บันทึกปฏิทินไปยัง “{path}” ไม่ได้ ({problem}) เลือกโฟลเดอร์อื่น หรือปิดไฟล์หากมีโปรแกรมอื่นเปิดไฟล์นั้นอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="70"/>
        <source>set a new one with `agent-console crm set-token`</source>
        <translation>ตั้งโทเค็นใหม่ด้วย `agent-console crm set-token`</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="71"/>
        <source>customer {id}</source>
        <translation>ลูกค้า {id}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="72"/>
        <source>The CRM at {where} answered something this console cannot read: {what}. Go on without it, and tell the CRM administrator.</source>
        <translation>CRM ที่ {where} ตอบกลับข้อมูลที่คอนโซลนี้อ่านไม่ได้: {what} ทำงานต่อโดยไม่ใช้ CRM และแจ้งผู้ดูแลระบบ CRM</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="73"/>
        <source>The request to the CRM at {where} failed ({problem}); check the crm_url setting.</source>
        <translation>คำขอไปยัง CRM ที่ {where} ล้มเหลว ({problem}) ตรวจสอบการตั้งค่า crm_url</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="74"/>
        <source>The CRM at {where} rejected the request (HTTP {code}): check the crm_url setting and that the CRM follows the console&apos;s contract (see the README).</source>
        <translation>CRM ที่ {where} ปฏิเสธคำขอ (HTTP {code}): ตรวจสอบการตั้งค่า crm_url และตรวจสอบว่า CRM เป็นไปตามข้อกำหนดของคอนโซล (ดู README)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="75"/>
        <source>The CRM token is empty or contains characters a token cannot have (spaces, line breaks, non-ASCII letters): {hint}.</source>
        <translation>โทเค็น CRM ว่างเปล่าหรือมีอักขระที่โทเค็นมีไม่ได้ (ช่องว่าง การขึ้นบรรทัดใหม่ ตัวอักษรที่ไม่ใช่ ASCII): {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="76"/>
        <source>the answer has no &quot;customers&quot; list</source>
        <translation>คำตอบไม่มีรายการ &quot;customers&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="77"/>
        <source>customer #{n} is not an object</source>
        <translation>ลูกค้า #{n} ไม่ใช่ออบเจ็กต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="78"/>
        <source>customer #{n} has no &quot;id&quot;</source>
        <translation>ลูกค้า #{n} ไม่มี &quot;id&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="79"/>
        <source>{who} has a name too long to store</source>
        <translation>{who} มีชื่อยาวเกินกว่าจะจัดเก็บได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="80"/>
        <source>{who} has an id too long to use as an account number</source>
        <translation>{who} มี id ยาวเกินกว่าจะใช้เป็นเลขที่บัญชีได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="81"/>
        <source>{who} has the unknown time zone “{zone}” (IANA name expected)</source>
        <translation>{who} มีเขตเวลาที่ไม่รู้จัก “{zone}” (ต้องเป็นชื่อแบบ IANA)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="82"/>
        <source>{who} has the language “{language}” (e.g. th, en-GB expected)</source>
        <translation>{who} มีภาษา “{language}” (ต้องเป็นรหัส เช่น th, en-GB)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="83"/>
        <source>{who} has the country “{country}” (ISO 3166 code expected)</source>
        <translation>{who} มีประเทศ “{country}” (ต้องเป็นรหัส ISO 3166)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="84"/>
        <source>{who} has a tag longer than {n} characters</source>
        <translation>{who} มีแท็กที่ยาวเกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="85"/>
        <source>{who} has &quot;fields&quot; that are not an object of text, numbers or true/false</source>
        <translation>{who} มี &quot;fields&quot; ที่ไม่ใช่ออบเจ็กต์ของข้อความ ตัวเลข หรือ true/false</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="86"/>
        <source>The crm_url setting “{url}” is not a web address: use https://crm.example.com/api (`agent-console settings set crm_url …`).</source>
        <translation>การตั้งค่า crm_url “{url}” ไม่ใช่ที่อยู่เว็บ: ใช้ https://crm.example.com/api (`agent-console settings set crm_url …`)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="87"/>
        <source>The crm_url setting must not contain ? or #: give the API&apos;s base address.</source>
        <translation>การตั้งค่า crm_url ต้องไม่มี ? หรือ #: ระบุที่อยู่หลักของ API</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="88"/>
        <source>The crm_url setting must not contain a user name or password: the CRM token is kept in the keyring (`agent-console crm set-token`).</source>
        <translation>การตั้งค่า crm_url ต้องไม่มีชื่อผู้ใช้หรือรหัสผ่าน: โทเค็น CRM เก็บไว้ในคีย์ริง (`agent-console crm set-token`)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="89"/>
        <source>The crm_timeout_s setting must be more than 0 seconds, not {seconds}.</source>
        <translation>การตั้งค่า crm_timeout_s ต้องมากกว่า 0 วินาที ไม่ใช่ {seconds}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="90"/>
        <source>No CRM token is stored on this computer: set one with `agent-console crm set-token`.</source>
        <translation>ไม่มีโทเค็น CRM เก็บไว้ในคอมพิวเตอร์เครื่องนี้: ตั้งค่าด้วย `agent-console crm set-token`</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="91"/>
        <source>The CRM at {where} did not answer within {seconds} s; go on without it, or try again later.</source>
        <translation>CRM ที่ {where} ไม่ตอบกลับภายใน {seconds} วินาที ทำงานต่อโดยไม่ใช้ CRM หรือลองอีกครั้งภายหลัง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="92"/>
        <source>The CRM at {where} did not present a trusted certificate; check the crm_url setting (https address) with your administrator.</source>
        <translation>CRM ที่ {where} ไม่ได้แสดงใบรับรองที่เชื่อถือได้ ตรวจสอบการตั้งค่า crm_url (ที่อยู่ https) กับผู้ดูแลระบบของคุณ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="93"/>
        <source>Cannot reach the CRM at {where}; check the network and the crm_url setting.</source>
        <translation>เชื่อมต่อ CRM ที่ {where} ไม่ได้ ตรวจสอบเครือข่ายและการตั้งค่า crm_url</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="94"/>
        <source>The CRM refused the token: {hint}.</source>
        <translation>CRM ปฏิเสธโทเค็น: {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="95"/>
        <source>The CRM token may not look up customers: ask the CRM administrator for its rights, or {hint}.</source>
        <translation>โทเค็น CRM ไม่มีสิทธิ์ค้นหาลูกค้า: ขอสิทธิ์จากผู้ดูแลระบบ CRM หรือ{hint}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="96"/>
        <source>The CRM at {where} has a problem (HTTP {code} after {n} attempts); go on without it, or try again later.</source>
        <translation>CRM ที่ {where} มีปัญหา (HTTP {code} หลังจากลอง {n} ครั้ง) ทำงานต่อโดยไม่ใช้ CRM หรือลองอีกครั้งภายหลัง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="97"/>
        <source>The CRM at {where} has a problem (HTTP {code}); go on without it, or try again later.</source>
        <translation>CRM ที่ {where} มีปัญหา (HTTP {code}) ทำงานต่อโดยไม่ใช้ CRM หรือลองอีกครั้งภายหลัง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="98"/>
        <source>The CRM at {where} has no /{path} address (HTTP 404): check the crm_url setting.</source>
        <translation>CRM ที่ {where} ไม่มีที่อยู่ /{path} (HTTP 404): ตรวจสอบการตั้งค่า crm_url</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="99"/>
        <source>{who} has no usable &quot;{key}&quot; (text expected)</source>
        <translation>{who} ไม่มี &quot;{key}&quot; ที่ใช้ได้ (ต้องเป็นข้อความ)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="100"/>
        <source>{who} has a &quot;{key}&quot; longer than {n} characters</source>
        <translation>{who} มี &quot;{key}&quot; ที่ยาวเกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="101"/>
        <source>{who} has no usable &quot;{key}&quot; (a list of text expected)</source>
        <translation>{who} ไม่มี &quot;{key}&quot; ที่ใช้ได้ (ต้องเป็นรายการข้อความ)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="102"/>
        <source>{who} has the phone “{phone}”, not in international form (+…)</source>
        <translation>{who} มีหมายเลขโทรศัพท์ “{phone}” ที่ไม่อยู่ในรูปแบบสากล (+…)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="103"/>
        <source>{who} has the e-mail “{email}”, not an address</source>
        <translation>{who} มีอีเมล “{email}” ที่ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="104"/>
        <source>The CRM at {where} answered something this console cannot read (not JSON). Go on without it, and tell the CRM administrator.</source>
        <translation>CRM ที่ {where} ตอบกลับข้อมูลที่คอนโซลนี้อ่านไม่ได้ (ไม่ใช่ JSON) ทำงานต่อโดยไม่ใช้ CRM และแจ้งผู้ดูแลระบบ CRM</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="105"/>
        <source>“{scheme}” is not a way to dial this console knows: choose tel, sip or callto in Settings → Telephony.</source>
        <translation>“{scheme}” ไม่ใช่วิธีโทรออกที่คอนโซลนี้รู้จัก: เลือก tel, sip หรือ callto ใน การตั้งค่า → ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="106"/>
        <source>The dial command “{program}” failed (exit code {code}): {reason}. Check that your softphone is running and signed in, and the command in Settings → Telephony.</source>
        <translation>คำสั่งโทรออก “{program}” ล้มเหลว (รหัสออก {code}): {reason} ตรวจสอบว่าซอฟต์โฟนของคุณเปิดอยู่และลงชื่อเข้าใช้แล้ว และตรวจสอบคำสั่งใน การตั้งค่า → ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="107"/>
        <source>The dial command “{program}” failed (exit code {code}) and printed no reason. Check that your softphone is running and signed in, and the command in Settings → Telephony.</source>
        <translation>คำสั่งโทรออก “{program}” ล้มเหลว (รหัสออก {code}) โดยไม่แจ้งเหตุผล ตรวจสอบว่าซอฟต์โฟนของคุณเปิดอยู่และลงชื่อเข้าใช้แล้ว และตรวจสอบคำสั่งใน การตั้งค่า → ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="108"/>
        <source>“{phone}” cannot be dialled: a number must be + and the country code, 8 to 15 digits in all, with nothing else. Correct the customer&apos;s phone number.</source>
        <translation>“{phone}” โทรออกไม่ได้: หมายเลขต้องขึ้นต้นด้วย + และรหัสประเทศ รวม 8 ถึง 15 หลัก และไม่มีอักขระอื่น แก้ไขหมายเลขโทรศัพท์ของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="109"/>
        <source>The dial command must start with the program to run: correct it in Settings → Telephony.</source>
        <translation>คำสั่งโทรออกต้องขึ้นต้นด้วยโปรแกรมที่จะเรียกใช้: แก้ไขใน การตั้งค่า → ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="110"/>
        <source>The dial command “{command}” must start with the program to run, then its arguments with {{number}}: correct it in Settings → Telephony.</source>
        <translation>คำสั่งโทรออก “{command}” ต้องขึ้นต้นด้วยโปรแกรมที่จะเรียกใช้ ตามด้วยอาร์กิวเมนต์ที่มี {{number}}: แก้ไขใน การตั้งค่า → ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="111"/>
        <source>The dial command “{command}” does not say where the number goes: add {{number}} (or {{number_digits}} for the number without +) in Settings → Telephony.</source>
        <translation>คำสั่งโทรออก “{command}” ไม่ได้ระบุตำแหน่งของหมายเลข: เพิ่ม {{number}} (หรือ {{number_digits}} สำหรับหมายเลขที่ไม่มี +) ใน การตั้งค่า → ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="112"/>
        <source>Dialling {phone} with your softphone…</source>
        <translation>กำลังโทรออกไปที่ {phone} ด้วยซอฟต์โฟนของคุณ…</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="113"/>
        <source>Dialling by SIP needs your phone system&apos;s domain (such as pbx.example.com): enter it in Settings → Telephony.</source>
        <translation>การโทรออกผ่าน SIP ต้องใช้โดเมนของระบบโทรศัพท์ของคุณ (เช่น pbx.example.com): ป้อนใน การตั้งค่า → ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="114"/>
        <source>“{domain}” is not a SIP domain: enter only the host name of your phone system, such as pbx.example.com, in Settings → Telephony.</source>
        <translation>“{domain}” ไม่ใช่โดเมน SIP: ป้อนเฉพาะชื่อโฮสต์ของระบบโทรศัพท์ของคุณ เช่น pbx.example.com ใน การตั้งค่า → ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="115"/>
        <source>Dialling {phone} via {domain}…</source>
        <translation>กำลังโทรออกไปที่ {phone} ผ่าน {domain}…</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="116"/>
        <source>Dialling {phone}…</source>
        <translation>กำลังโทรออกไปที่ {phone}…</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="117"/>
        <source>The dial command “{command}” has a quote that is never closed: correct it in Settings → Telephony.</source>
        <translation>คำสั่งโทรออก “{command}” มีเครื่องหมายอัญประกาศที่ไม่ได้ปิด: แก้ไขใน การตั้งค่า → ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="118"/>
        <source>The dial command “{program}” was not found: check Settings → Telephony.</source>
        <translation>ไม่พบคำสั่งโทรออก “{program}”: ตรวจสอบ การตั้งค่า → ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="119"/>
        <source>The dial command “{program}” may not be run (permission denied): check Settings → Telephony, or ask IT to allow the program.</source>
        <translation>ไม่มีสิทธิ์เรียกใช้คำสั่งโทรออก “{program}” (permission denied): ตรวจสอบ การตั้งค่า → ระบบโทรศัพท์ หรือขอให้ฝ่ายไอทีอนุญาตโปรแกรมนี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="120"/>
        <source>The dial command “{program}” could not be started ({problem}): check Settings → Telephony.</source>
        <translation>เริ่มคำสั่งโทรออก “{program}” ไม่ได้ ({problem}): ตรวจสอบ การตั้งค่า → ระบบโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="121"/>
        <source>The pop must be a JSON object such as {&quot;phone&quot;: &quot;+4930123456&quot;}.</source>
        <translation>ข้อมูลป๊อปอัปสายเข้าต้องเป็นออบเจ็กต์ JSON เช่น {&quot;phone&quot;: &quot;+4930123456&quot;}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="122"/>
        <source>The pop needs a phone number in the field “phone”.</source>
        <translation>ข้อมูลป๊อปอัปสายเข้าต้องมีหมายเลขโทรศัพท์ในฟิลด์ “phone”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="123"/>
        <source>“{phone}” is not a phone number: start it with + and the country code, or give a national number for {region}.</source>
        <translation>“{phone}” ไม่ใช่หมายเลขโทรศัพท์: ขึ้นต้นด้วย + และรหัสประเทศ หรือระบุหมายเลขในประเทศของ {region}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="124"/>
        <source>“{phone}” is not a phone number: start it with + and the country code.</source>
        <translation>“{phone}” ไม่ใช่หมายเลขโทรศัพท์: ขึ้นต้นด้วย + และรหัสประเทศ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="125"/>
        <source>The field “{name}” must be text.</source>
        <translation>ฟิลด์ “{name}” ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="126"/>
        <source>The field “{name}” is longer than {n} characters.</source>
        <translation>ฟิลด์ “{name}” ยาวเกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="127"/>
        <source>The screen-pop listener only binds to {loopback} (this computer), not “{host}”.</source>
        <translation>ตัวรับสัญญาณป๊อปอัปสายเข้าผูกกับ {loopback} (คอมพิวเตอร์เครื่องนี้) เท่านั้น ไม่ใช่ “{host}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="128"/>
        <source>The screen-pop listener needs a token.</source>
        <translation>ตัวรับสัญญาณป๊อปอัปสายเข้าต้องมีโทเค็น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="129"/>
        <source>Port {port} is not a TCP port: use 1–65535, or 0 for any.</source>
        <translation>พอร์ต {port} ไม่ใช่พอร์ต TCP: ใช้ 1–65535 หรือ 0 สำหรับพอร์ตใดก็ได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="130"/>
        <source>The screen-pop listener cannot use port {port} on {host} ({problem}); choose another with agent-console settings set pop_listener_port PORT (0 = any free port).</source>
        <translation>ตัวรับสัญญาณป๊อปอัปสายเข้าใช้พอร์ต {port} บน {host} ไม่ได้ ({problem}) เลือกพอร์ตอื่นด้วย agent-console settings set pop_listener_port PORT (0 = พอร์ตว่างใดก็ได้)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="131"/>
        <source>Please fill in: {fields}.</source>
        <translation>โปรดกรอก: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="132"/>
        <source>TLS mode must be one of {modes}.</source>
        <translation>โหมด TLS ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {modes}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="133"/>
        <source>TLS mode {mode} checks the server&apos;s certificate: choose the CA file that signed it.</source>
        <translation>โหมด TLS {mode} จะตรวจสอบใบรับรองของเซิร์ฟเวอร์: เลือกไฟล์ CA ที่ใช้ลงนามใบรับรองนั้น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="134"/>
        <source>server</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="135"/>
        <source>database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="136"/>
        <source>user</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="137"/>
        <source>“{phone}” is not a phone number: use international form (+…) or a national number for {region}.</source>
        <translation>“{phone}” ไม่ใช่หมายเลขโทรศัพท์: ใช้รูปแบบสากล (+…) หรือหมายเลขในประเทศของ {region}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="138"/>
        <source>No calling windows given: write it like “{example}”.</source>
        <translation>ไม่ได้ระบุช่วงเวลาที่โทรได้: เขียนในรูปแบบ “{example}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="139"/>
        <source>{date} {time} happens twice in {zone}: the clocks go back from {from_time} to {to_time}. Choose the first {time} ({first_offset}) or the second {time} ({second_offset}).</source>
        <translation>{date} {time} เกิดขึ้นสองครั้งในเขตเวลา {zone}: นาฬิกาถอยกลับจาก {from_time} เป็น {to_time} เลือก {time} ครั้งแรก ({first_offset}) หรือ {time} ครั้งที่สอง ({second_offset})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="140"/>
        <source>{date} {time} does not exist in {zone}: the clocks jump from {from_time} to {to_time}. Choose {earlier} or {later}.</source>
        <translation>{date} {time} ไม่มีอยู่จริงในเขตเวลา {zone}: นาฬิกาข้ามจาก {from_time} ไปเป็น {to_time} เลือก {earlier} หรือ {later}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="141"/>
        <source>{day} {time} ({offset})</source>
        <translation>{day} {time} ({offset})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="142"/>
        <source>The earliest time you can call is {start} ({zone}).</source>
        <translation>เวลาที่เร็วที่สุดที่โทรได้คือ {start} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="143"/>
        <source>We will call you on {date} between {start} and {end} your time ({zone}).</source>
        <translation>เราจะโทรหาคุณใน{date} ระหว่างเวลา {start} ถึง {end} ตามเวลาของคุณ ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="144"/>
        <source>“{part}” is not a window: write it like “{example}”.</source>
        <translation>“{part}” ไม่ใช่ช่วงเวลา: เขียนในรูปแบบ “{example}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="145"/>
        <source>{time} ({offset})</source>
        <translation>{time} ({offset})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="146"/>
        <source>Nothing is open in the next {days} days: check the customer&apos;s calling hours.</source>
        <translation>ไม่มีช่วงเวลาที่โทรได้ใน {days} วันข้างหน้า: ตรวจสอบเวลาที่โทรหาลูกค้าได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="147"/>
        <source>The next calling window opens {start} ({zone}).</source>
        <translation>ช่วงเวลาที่โทรได้ช่วงถัดไปเริ่ม {start} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="148"/>
        <source>We will call you today between {start} and {end} your time ({zone}).</source>
        <translation>เราจะโทรหาคุณวันนี้ ระหว่างเวลา {start} ถึง {end} ตามเวลาของคุณ ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="149"/>
        <source>We will call you tomorrow between {start} and {end} your time ({zone}).</source>
        <translation>เราจะโทรหาคุณพรุ่งนี้ ระหว่างเวลา {start} ถึง {end} ตามเวลาของคุณ ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="150"/>
        <source>In “{part}”, “{name}” is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun, and write it like “{example}”.</source>
        <translation>ใน “{part}” “{name}” ไม่ใช่ชื่อวัน: ใช้ Mon, Tue, Wed, Thu, Fri, Sat หรือ Sun และเขียนในรูปแบบ “{example}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="151"/>
        <source>“{part}” ends at 24:00: end the window at 23:59 instead (windows cannot cross midnight).</source>
        <translation>“{part}” สิ้นสุดเวลา 24:00: ให้สิ้นสุดที่ 23:59 แทน (ช่วงเวลาข้ามเที่ยงคืนไม่ได้)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="152"/>
        <source>“{part}” has the impossible time {time}: hours go from 00 to 23 and minutes from 00 to 59, e.g. “{example}”.</source>
        <translation>“{part}” มีเวลา {time} ซึ่งเป็นไปไม่ได้: ชั่วโมงมีตั้งแต่ 00 ถึง 23 และนาทีตั้งแต่ 00 ถึง 59 เช่น “{example}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="153"/>
        <source>The callback must end after it starts: pick a later end time.</source>
        <translation>การโทรกลับต้องสิ้นสุดหลังเวลาเริ่ม: เลือกเวลาสิ้นสุดที่ช้ากว่านี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="154"/>
        <source>{start} ({zone}) is in the past. {offer}</source>
        <translation>{start} ({zone}) เป็นเวลาที่ผ่านไปแล้ว {offer}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="155"/>
        <source>{date} is a public holiday in {country} ({holiday}). {offer}</source>
        <translation>{date} เป็นวันหยุดนักขัตฤกษ์ใน {country} ({holiday}) {offer}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="156"/>
        <source>none set</source>
        <translation>ไม่ได้กำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="157"/>
        <source>{start}-{end} ({zone}) is outside the customer&apos;s calling hours ({hours}). {offer}</source>
        <translation>{start}-{end} ({zone}) อยู่นอกเวลาที่โทรหาลูกค้าได้ ({hours}) {offer}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="158"/>
        <source>{later} overlaps {earlier}: make them one window or move one of them.</source>
        <translation>{later} ซ้อนทับกับ {earlier}: รวมเป็นช่วงเวลาเดียว หรือย้ายช่วงใดช่วงหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="159"/>
        <source>“{part}” ends before it starts: a window must end later the same day. To call across midnight, split it in two, e.g. “Fri 20:00-23:59; Sat 00:00-01:00”.</source>
        <translation>“{part}” สิ้นสุดก่อนเวลาเริ่ม: ช่วงเวลาต้องสิ้นสุดภายหลังในวันเดียวกัน หากต้องการโทรข้ามเที่ยงคืน ให้แบ่งเป็นสองช่วง เช่น “Fri 20:00-23:59; Sat 00:00-01:00”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="160"/>
        <source>Unknown time zone “{zone}”: use an IANA name such as Europe/Tallinn.</source>
        <translation>ไม่รู้จักเขตเวลา “{zone}”: ใช้ชื่อแบบ IANA เช่น Europe/Tallinn</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="161"/>
        <source>cursor marks where the caret goes; use it alone: {{ cursor }}</source>
        <translation>cursor ใช้ระบุตำแหน่งของเคอร์เซอร์ ให้ใช้เพียงลำพัง: {{ cursor }}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="162"/>
        <source>Expecting value</source>
        <translation>ต้องมีค่า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="163"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>ต้องมีตัวคั่น &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="164"/>
        <source>{what} is not allowed in scripts</source>
        <translation>ไม่อนุญาตให้ใช้ {what} ในสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="165"/>
        <source>script &apos;{key}&apos;: {field}: {problem}</source>
        <translation>สคริปต์ &apos;{key}&apos;: {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="166"/>
        <source>first name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="167"/>
        <source>last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="168"/>
        <source>full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="169"/>
        <source>account number</source>
        <translation>เลขที่บัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="170"/>
        <source>phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="171"/>
        <source>e-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="172"/>
        <source>language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="173"/>
        <source>country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="174"/>
        <source>customer&apos;s local time</source>
        <translation>เวลาท้องถิ่นของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="175"/>
        <source>customer&apos;s local date</source>
        <translation>วันที่ท้องถิ่นของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="176"/>
        <source>agent&apos;s name</source>
        <translation>ชื่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="177"/>
        <source>agent&apos;s first name</source>
        <translation>ชื่อต้นของเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="178"/>
        <source>callback promise</source>
        <translation>สิ่งที่สัญญาไว้ในนัดโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="179"/>
        <source>callback window</source>
        <translation>ช่วงเวลานัดโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="180"/>
        <source>callback queue</source>
        <translation>คิวของนัดโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="181"/>
        <source>incident name</source>
        <translation>ชื่อเหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="182"/>
        <source>incident facts</source>
        <translation>ข้อเท็จจริงของเหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="183"/>
        <source>incident standards</source>
        <translation>มาตรฐานที่แจ้งลูกค้าของเหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="184"/>
        <source>incident update time</source>
        <translation>เวลาอัปเดตเหตุขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="185"/>
        <source>line {line}: {problem}</source>
        <translation>บรรทัด {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="186"/>
        <source>a {% for %} loop</source>
        <translation>ลูป {% for %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="187"/>
        <source>{% set %}</source>
        <translation>{% set %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="188"/>
        <source>a {% macro %}</source>
        <translation>แมโคร {% macro %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="189"/>
        <source>a {% call %} block</source>
        <translation>บล็อก {% call %}</translation>
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
        <translation>บล็อก {% block %}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="195"/>
        <source>a {% filter %} block</source>
        <translation>บล็อก {% filter %}</translation>
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
        <translation>การอ้างอิงดัชนี ([…])</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="202"/>
        <source>a slice</source>
        <translation>การตัดช่วง (slice)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="203"/>
        <source>an inline if … else (use {% if %} … {% endif %})</source>
        <translation>if … else แบบอินไลน์ (ใช้ {% if %} … {% endif %})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="204"/>
        <source>a comparison</source>
        <translation>การเปรียบเทียบ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="205"/>
        <source>a test (is …)</source>
        <translation>การทดสอบ (is …)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="206"/>
        <source>joining with ~</source>
        <translation>การต่อข้อความด้วย ~</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="207"/>
        <source>a tuple</source>
        <translation>ทูเพิล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="208"/>
        <source>a list</source>
        <translation>ลิสต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="209"/>
        <source>a dict</source>
        <translation>ดิกชันนารี</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="210"/>
        <source>a function call (only ask(&quot;…&quot;) is allowed)</source>
        <translation>การเรียกฟังก์ชัน (อนุญาตเฉพาะ ask(&quot;…&quot;))</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="211"/>
        <source>a literal value (write the text outside {{ }})</source>
        <translation>ค่าลิเทอรัล (เขียนข้อความไว้นอก {{ }})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="212"/>
        <source>arithmetic ({operator})</source>
        <translation>การคำนวณ ({operator})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="213"/>
        <source>the text has {length:,} characters; a script has at most {n:,}</source>
        <translation>ข้อความมี {length:,} ตัวอักษร แต่สคริปต์มีได้ไม่เกิน {n:,} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="214"/>
        <source>script &apos;{key}&apos;, variant &apos;{language}&apos;: {problem}</source>
        <translation>สคริปต์ &apos;{key}&apos; ภาษา &apos;{language}&apos;: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="215"/>
        <source>the file is larger than {n:,} bytes</source>
        <translation>ไฟล์มีขนาดใหญ่กว่า {n:,} ไบต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="216"/>
        <source>the file must be an object: {{&quot;format&quot;: &quot;{format}&quot;, &quot;scripts&quot;: […]}}</source>
        <translation>ไฟล์ต้องเป็นออบเจ็กต์: {{&quot;format&quot;: &quot;{format}&quot;, &quot;scripts&quot;: […]}}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="217"/>
        <source>&quot;format&quot; must be &quot;{format}&quot;</source>
        <translation>&quot;format&quot; ต้องเป็น &quot;{format}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="218"/>
        <source>script &apos;{key}&apos;</source>
        <translation>สคริปต์ &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="219"/>
        <source>script {n}</source>
        <translation>สคริปต์ลำดับที่ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="220"/>
        <source>{script}: “retired” is true or false</source>
        <translation>{script}: “retired” ต้องเป็น true หรือ false</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="221"/>
        <source>This script cannot be used: {problems}.</source>
        <translation>ใช้สคริปต์นี้ไม่ได้: {problems}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="222"/>
        <source>“{operator}” outside {{% if %}}</source>
        <translation>“{operator}” นอก {{% if %}}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="223"/>
        <source>arithmetic (unary {operator})</source>
        <translation>การคำนวณ (ตัวดำเนินการเอกภาค {operator})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="224"/>
        <source>“{text}” is a sequence of keys; give one combination like Ctrl+Alt+L</source>
        <translation>“{text}” เป็นลำดับของหลายปุ่ม: ระบุปุ่มผสมเพียงชุดเดียว เช่น Ctrl+Alt+L</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="225"/>
        <source>the + key cannot be a shortcut key</source>
        <translation>ใช้ปุ่ม + เป็นปุ่มลัดไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="226"/>
        <source>“{text}” has an empty part; write it like Ctrl+Alt+L</source>
        <translation>“{text}” มีส่วนที่ว่างอยู่: เขียนในรูปแบบ Ctrl+Alt+L</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="227"/>
        <source>“{text}” would type text; add Ctrl, Alt or Meta (e.g. Ctrl+Alt+{key})</source>
        <translation>“{text}” จะพิมพ์เป็นข้อความ: เพิ่ม Ctrl, Alt หรือ Meta (เช่น Ctrl+Alt+{key})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="228"/>
        <source>{shortcut} is reserved (Alt+1…9 insert favourites; Ctrl+A/C/V/X/Y/Z edit text)</source>
        <translation>{shortcut} ถูกสงวนไว้ (Alt+1…9 ใช้แทรกรายการโปรด, Ctrl+A/C/V/X/Y/Z ใช้แก้ไขข้อความ)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="229"/>
        <source>not valid JSON: {problem}</source>
        <translation>ไม่ใช่ JSON ที่ถูกต้อง: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="230"/>
        <source>{script}, variant &apos;{language}&apos;</source>
        <translation>{script} ภาษา &apos;{language}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="231"/>
        <source>a {% filter %} block is not allowed in scripts</source>
        <translation>ไม่อนุญาตให้ใช้บล็อก {% filter %} ในสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="232"/>
        <source>the filter “{name}” is not allowed (use upper, lower, title or default(&quot;…&quot;))</source>
        <translation>ไม่อนุญาตให้ใช้ฟิลเตอร์ “{name}” (ใช้ upper, lower, title หรือ default(&quot;…&quot;))</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="233"/>
        <source>ask takes one question in quotes: ask(&quot;Refund amount&quot;)</source>
        <translation>ask รับคำถามเพียงหนึ่งข้อในเครื่องหมายอัญประกาศ: ask(&quot;Refund amount&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="234"/>
        <source>ask needs a question: ask(&quot;Refund amount&quot;)</source>
        <translation>ask ต้องมีคำถาม: ask(&quot;Refund amount&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="235"/>
        <source>ask must be called with a question: ask(&quot;Refund amount&quot;)</source>
        <translation>ต้องเรียก ask พร้อมคำถาม: ask(&quot;Refund amount&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="236"/>
        <source>the template does not parse: {problem}</source>
        <translation>แยกวิเคราะห์เทมเพลตไม่ได้: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="237"/>
        <source>the template does not parse: syntax error</source>
        <translation>แยกวิเคราะห์เทมเพลตไม่ได้: ไวยากรณ์ผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="238"/>
        <source>{count} placeholders; a script has at most {n}</source>
        <translation>มีตัวยึดตำแหน่ง {count} รายการ แต่สคริปต์มีได้ไม่เกิน {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="239"/>
        <source>“{text}” is not a modifier (use Ctrl, Alt, Shift or Meta)</source>
        <translation>“{text}” ไม่ใช่ปุ่มปรับแต่ง (ใช้ Ctrl, Alt, Shift หรือ Meta)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="240"/>
        <source>{key} is given twice</source>
        <translation>ระบุ {key} ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="241"/>
        <source>lower-case letters, digits, - and _ (at most {n}), such as latte or callback-promise</source>
        <translation>ตัวอักษรพิมพ์เล็ก ตัวเลข - และ _ (ไม่เกิน {n} ตัว) เช่น latte หรือ callback-promise</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="242"/>
        <source>a script needs at least one language</source>
        <translation>สคริปต์ต้องมีอย่างน้อยหนึ่งภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="243"/>
        <source>“{language}” has no variant (give one of {languages})</source>
        <translation>“{language}” ไม่มีข้อความในภาษานี้ (ระบุหนึ่งใน {languages})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="244"/>
        <source>Extra data after the document</source>
        <translation>มีข้อมูลเกินหลังจบเอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="245"/>
        <source>version {version} is not supported (this program reads version {supported})</source>
        <translation>ไม่รองรับเวอร์ชัน {version} (โปรแกรมนี้อ่านได้เฉพาะเวอร์ชัน {supported})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="246"/>
        <source>&quot;scripts&quot; must be a list of scripts</source>
        <translation>&quot;scripts&quot; ต้องเป็นรายการสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="247"/>
        <source>{script}: “queues” must be a list of queue names</source>
        <translation>{script}: “queues” ต้องเป็นรายการชื่อคิว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="248"/>
        <source>{script}: “variants” must map languages to texts: {{&quot;en&quot;: {{&quot;body&quot;: &quot;…&quot;}}}}</source>
        <translation>{script}: “variants” ต้องจับคู่ภาษากับข้อความ: {{&quot;en&quot;: {{&quot;body&quot;: &quot;…&quot;}}}}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="249"/>
        <source>{{ cursor }} may appear only once</source>
        <translation>{{ cursor }} ใช้ได้เพียงครั้งเดียว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="250"/>
        <source>the filter “{name}” takes no extra arguments here</source>
        <translation>ฟิลเตอร์ “{name}” ไม่รับอาร์กิวเมนต์เพิ่มเติมในที่นี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="251"/>
        <source>a question has at most {n} characters</source>
        <translation>คำถามมีได้ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="252"/>
        <source>a literal</source>
        <translation>ค่าลิเทอรัล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="253"/>
        <source>attribute lookup (.{attribute}) on {what} is not allowed</source>
        <translation>ไม่อนุญาตให้อ้างอิงแอตทริบิวต์ (.{attribute}) บน {what}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="254"/>
        <source>“{text}” is not a key (a letter, a digit, F1–F35 or a named key such as Space or PgUp)</source>
        <translation>“{text}” ไม่ใช่ปุ่ม (ต้องเป็นตัวอักษร ตัวเลข F1–F35 หรือชื่อปุ่ม เช่น Space หรือ PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="255"/>
        <source>a title is required</source>
        <translation>ต้องระบุชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="256"/>
        <source>“{language}” is not a language code such as en, th, ru or fa</source>
        <translation>“{language}” ไม่ใช่รหัสภาษา (เช่น en, th, ru หรือ fa)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="257"/>
        <source>{language} is given twice</source>
        <translation>ระบุ {language} ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="258"/>
        <source>the title has at most {n} characters</source>
        <translation>ชื่อเรื่องมีได้ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="259"/>
        <source>the text is empty</source>
        <translation>ข้อความว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="260"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>ต้องมีชื่อพร็อพเพอร์ตีในเครื่องหมายอัญประกาศคู่</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="261"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>ต้องมีตัวคั่น &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="262"/>
        <source>the key “{key}” is given twice</source>
        <translation>ระบุคีย์ “{key}” ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="263"/>
        <source>unknown key “{key}”</source>
        <translation>ไม่รู้จักคีย์ “{key}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="264"/>
        <source>script &apos;{key}&apos; is given twice (first on line {line})</source>
        <translation>ระบุสคริปต์ &apos;{key}&apos; ซ้ำสองครั้ง (ครั้งแรกในบรรทัดที่ {line})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="265"/>
        <source>script {n} must be an object</source>
        <translation>สคริปต์ลำดับที่ {n} ต้องเป็นออบเจ็กต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="266"/>
        <source>{script}: “{key}” is required</source>
        <translation>{script}: ต้องระบุ “{key}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="267"/>
        <source>{script}: “{key}” must be text</source>
        <translation>{script}: “{key}” ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="268"/>
        <source>{script}: unknown key “{key}” (known: {known})</source>
        <translation>{script}: ไม่รู้จักคีย์ “{key}” (คีย์ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="269"/>
        <source>unknown name “{name}” (use customer, agent, callback, incident, ask(&quot;…&quot;) or cursor)</source>
        <translation>ไม่รู้จักชื่อ “{name}” (ใช้ customer, agent, callback, incident, ask(&quot;…&quot;) หรือ cursor)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="270"/>
        <source>{what} in {{% if %}} is not allowed (test a field: {{% if customer.email %}})</source>
        <translation>ไม่อนุญาตให้ใช้ {what} ใน {{% if %}} (ให้ทดสอบฟิลด์แทน: {{% if customer.email %}})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="271"/>
        <source>contains a reserved character</source>
        <translation>มีอักขระสงวน</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="273"/>
        <source>not valid JSON: nested too deeply</source>
        <translation>ไม่ใช่ JSON ที่ถูกต้อง: ซ้อนกันลึกเกินไป</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="274"/>
        <source>script &apos;{key}&apos;: shortcut {shortcut} is also script &apos;{other}&apos;s</source>
        <translation>สคริปต์ &apos;{key}&apos;: ทางลัด {shortcut} เป็นทางลัดของสคริปต์ &apos;{other}&apos; ด้วย</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="275"/>
        <source>{script}: “body” must be text or a list of lines</source>
        <translation>{script}: “body” ต้องเป็นข้อความหรือรายการบรรทัด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="276"/>
        <source>default needs one text in quotes: default(&quot;there&quot;)</source>
        <translation>default ต้องมีข้อความหนึ่งรายการในเครื่องหมายอัญประกาศ: default(&quot;there&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="277"/>
        <source>the filter “{name}” takes no arguments</source>
        <translation>ฟิลเตอร์ “{name}” ไม่รับอาร์กิวเมนต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="278"/>
        <source>customer.fields needs a field name: customer.fields.departure_date</source>
        <translation>customer.fields ต้องมีชื่อฟิลด์: customer.fields.departure_date</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="279"/>
        <source>a default text has at most {n} characters</source>
        <translation>ข้อความเริ่มต้นมีได้ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="280"/>
        <source>unknown field {name}</source>
        <translation>ไม่รู้จักฟิลด์ {name}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="281"/>
        <source>This computer has no usable password store (keyring), so the secret cannot be remembered; enter it each time, or install and unlock a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่มีที่เก็บรหัสผ่าน (คีย์ริง) ที่ใช้งานได้ จึงจดจำข้อมูลลับไม่ได้ ป้อนข้อมูลทุกครั้ง หรือติดตั้งและปลดล็อกคีย์ริง (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="282"/>
        <source>reached</source>
        <translation>ติดต่อได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="283"/>
        <source>no answer</source>
        <translation>ไม่มีผู้รับสาย</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="284"/>
        <source>busy</source>
        <translation>สายไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="285"/>
        <source>voicemail left</source>
        <translation>ฝากข้อความเสียงแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="286"/>
        <source>wrong number</source>
        <translation>หมายเลขผิด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="287"/>
        <source>asked to reschedule</source>
        <translation>ขอเลื่อนนัด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="288"/>
        <source>pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="289"/>
        <source>claimed</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="290"/>
        <source>kept</source>
        <translation>ทำตามนัด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="291"/>
        <source>broken</source>
        <translation>ผิดนัด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="292"/>
        <source>failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="293"/>
        <source>cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="294"/>
        <source>choose a time, as soon as possible, or their next calling window</source>
        <translation>เลือกเวลาที่กำหนด โดยเร็วที่สุด หรือช่วงเวลาที่โทรได้ช่วงถัดไปของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="295"/>
        <source>me or a queue</source>
        <translation>เลือกฉันหรือคิว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="296"/>
        <source>between {low} and {high} minutes</source>
        <translation>ระหว่าง {low} ถึง {high} นาที</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="297"/>
        <source>pick a date and time in the customer&apos;s time</source>
        <translation>เลือกวันที่และเวลาตามเวลาของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="298"/>
        <source>someone</source>
        <translation>ผู้ใช้รายหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="299"/>
        <source>This callback was changed by {name} at {time} UTC while you had it open: reload to see it. Your note is kept.</source>
        <translation>การโทรกลับนี้ถูก {name} เปลี่ยนแปลงเมื่อ {time} UTC ระหว่างที่คุณเปิดอยู่: โปรดโหลดใหม่เพื่อดูการเปลี่ยนแปลง บันทึกของคุณยังคงอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="300"/>
        <source>say why (it is shown to your supervisor)</source>
        <translation>ระบุเหตุผล (หัวหน้างานจะเห็นข้อความนี้)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="301"/>
        <source>between {low} and {high}</source>
        <translation>ระหว่าง {low} ถึง {high}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="302"/>
        <source>“{text}” is not a retry policy: write steps like “+15m,+1h,next_window” (minutes m, hours h, days d, or next_window)</source>
        <translation>“{text}” ไม่ใช่นโยบายการลองใหม่: เขียนขั้นตอนในรูปแบบ “+15m,+1h,next_window” (m = นาที, h = ชั่วโมง, d = วัน หรือ next_window)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="303"/>
        <source>at most {n} characters (it has {length})</source>
        <translation>ไม่เกิน {n} ตัวอักษร (ขณะนี้มี {length} ตัวอักษร)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="304"/>
        <source>There is no queue {id}.</source>
        <translation>ไม่มีคิว {id}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="307"/>
        <source>No calling window opens for {name} in the next {days} days ({zone}). Check the calling windows for {country}.</source>
        <translation>ไม่มีช่วงเวลาที่โทรหา {name} ได้ใน {days} วันข้างหน้า ({zone}) ตรวจสอบช่วงเวลาที่โทรได้สำหรับ {country}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="308"/>
        <source>No calling window opens for {name} in the next {days} days ({zone}). Check the calling windows for their country.</source>
        <translation>ไม่มีช่วงเวลาที่โทรหา {name} ได้ใน {days} วันข้างหน้า ({zone}) ตรวจสอบช่วงเวลาที่โทรได้สำหรับประเทศของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="311"/>
        <source>This callback is already {state} (by {name} at {time} UTC): nothing was changed.</source>
        <translation>การโทรกลับนี้อยู่ในสถานะ “{state}” แล้ว (โดย {name} เมื่อ {time} UTC): ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="314"/>
        <source>This callback no longer exists.</source>
        <translation>การโทรกลับนี้ไม่มีในระบบแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="315"/>
        <source>Say why these callbacks move: the reason is kept in each one&apos;s history.</source>
        <translation>ระบุเหตุผลที่ย้ายการโทรกลับเหล่านี้: เหตุผลจะถูกเก็บไว้ในประวัติของแต่ละรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="316"/>
        <source>Only a supervisor can reassign callbacks.</source>
        <translation>เฉพาะหัวหน้างานเท่านั้นที่มอบหมายการโทรกลับใหม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="317"/>
        <source>There is no queue “{name}”.</source>
        <translation>ไม่มีคิว “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="318"/>
        <source>a two-letter ISO code such as IR or EE</source>
        <translation>รหัส ISO สองตัวอักษร เช่น IR หรือ EE</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="319"/>
        <source>{name} has no phone number on file: add one to the card first (Ctrl+E), then schedule the callback</source>
        <translation>{name} ไม่มีหมายเลขโทรศัพท์ในระบบ: เพิ่มหมายเลขในบัตรลูกค้าก่อน (Ctrl+E) แล้วจึงนัดโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="320"/>
        <source>{phone} is not one of the customer&apos;s numbers</source>
        <translation>{phone} ไม่ใช่หมายเลขของลูกค้ารายนี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="321"/>
        <source>This callback is already {state} by {name}: your list was out of date and has been refreshed.</source>
        <translation>การโทรกลับนี้อยู่ในสถานะ “{state}” แล้วโดย {name}: รายการของคุณไม่เป็นปัจจุบันและได้รีเฟรชแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="322"/>
        <source>This callback is already {state}: your list was out of date and has been refreshed.</source>
        <translation>การโทรกลับนี้อยู่ในสถานะ “{state}” แล้ว: รายการของคุณไม่เป็นปัจจุบันและได้รีเฟรชแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="323"/>
        <source>one of {outcomes}</source>
        <translation>ต้องเป็นหนึ่งใน {outcomes}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="324"/>
        <source>pick the new time the customer asked for</source>
        <translation>เลือกเวลาใหม่ที่ลูกค้าขอ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="325"/>
        <source>say why the promise is withdrawn (the customer may ask)</source>
        <translation>ระบุเหตุผลที่ยกเลิกนัด (ลูกค้าอาจสอบถาม)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="327"/>
        <source>choose one agent or one queue</source>
        <translation>เลือกเจ้าหน้าที่หนึ่งคนหรือคิวหนึ่งคิว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="328"/>
        <source>select at least one callback</source>
        <translation>เลือกการโทรกลับอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="330"/>
        <source>you are in no queue, so nobody could take this callback over if you cannot make it: choose a queue</source>
        <translation>คุณไม่ได้อยู่ในคิวใด จึงไม่มีใครรับช่วงการโทรกลับนี้ได้หากคุณโทรไม่ได้: เลือกคิว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="331"/>
        <source>there is no queue {id}</source>
        <translation>ไม่มีคิว {id}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="335"/>
        <source>{name} was found in the CRM and added to this console.</source>
        <translation>พบ {name} ใน CRM และเพิ่มลงในคอนโซลนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="336"/>
        <source>“{phone}” is not a phone number (a withheld or unknown caller).</source>
        <translation>“{phone}” ไม่ใช่หมายเลขโทรศัพท์ (ผู้โทรซ่อนหมายเลขหรือไม่ทราบหมายเลข)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="337"/>
        <source>No customer has the number {phone}.</source>
        <translation>ไม่มีลูกค้าที่ใช้หมายเลข {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="338"/>
        <source>Neither this console nor the CRM knows the number {phone}.</source>
        <translation>ทั้งคอนโซลนี้และ CRM ไม่รู้จักหมายเลข {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="344"/>
        <source>someone else</source>
        <translation>ผู้ใช้รายอื่น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="345"/>
        <source>This customer was changed by {who} at {time} UTC on {day} while you were editing. Nothing was saved: reload to see their change, then apply yours again (your text is kept).</source>
        <translation>ลูกค้ารายนี้ถูก {who} เปลี่ยนแปลงเมื่อ {time} UTC วันที่ {day} ระหว่างที่คุณกำลังแก้ไข ไม่มีการบันทึกข้อมูล: โปรดโหลดใหม่เพื่อดูการเปลี่ยนแปลงนั้น แล้วนำการแก้ไขของคุณไปใช้อีกครั้ง (ข้อความของคุณยังคงอยู่)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="346"/>
        <source>no free account number was found; type one</source>
        <translation>ไม่พบเลขที่บัญชีที่ว่าง โปรดพิมพ์เลขที่บัญชีเอง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="347"/>
        <source>Customer {id} no longer exists; nothing was saved.</source>
        <translation>ลูกค้า {id} ไม่มีในระบบแล้ว จึงไม่มีการบันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="348"/>
        <source>{account} belongs to another customer</source>
        <translation>{account} เป็นของลูกค้ารายอื่น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="349"/>
        <source>The dashboard is for supervisors and admins.</source>
        <translation>แดชบอร์ดใช้ได้เฉพาะหัวหน้างานและผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="350"/>
        <source>choose one of {choices}</source>
        <translation>เลือกหนึ่งใน {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="351"/>
        <source>say why (the next agent reads it)</source>
        <translation>ระบุเหตุผล (เจ้าหน้าที่คนถัดไปจะอ่านข้อความนี้)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="352"/>
        <source>cannot be negative</source>
        <translation>ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="353"/>
        <source>a three-letter code such as EUR</source>
        <translation>รหัสสามตัวอักษร เช่น EUR</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="354"/>
        <source>Customer {id} no longer exists.</source>
        <translation>ลูกค้า {id} ไม่มีในระบบแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="355"/>
        <source>A {what} was already given on {date} by {who} (“{reason}”). Confirm to give another one.</source>
        <translation>มีการให้ {what} ไปแล้วเมื่อ {date} โดย {who} (“{reason}”) ยืนยันหากต้องการให้อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="356"/>
        <source>say why it is voided</source>
        <translation>ระบุเหตุผลที่ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="357"/>
        <source>This gesture was changed or voided by someone else meanwhile: reload.</source>
        <translation>การชดเชยนี้ถูกผู้อื่นแก้ไขหรือยกเลิกไปในระหว่างนี้: โปรดโหลดใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="358"/>
        <source>Only a supervisor can change who a disruption affects.</source>
        <translation>เฉพาะหัวหน้างานเท่านั้นที่เปลี่ยนผู้ได้รับผลกระทบจากเหตุขัดข้องได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="359"/>
        <source>{value}: {reason}</source>
        <translation>{value}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="360"/>
        <source>give it a name agents recognise, such as “AUR-1127 fire on board”</source>
        <translation>ตั้งชื่อที่เจ้าหน้าที่จำได้ เช่น “AUR-1127 เกิดไฟไหม้บนเครื่อง”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="361"/>
        <source>write what agents may tell customers now (you can edit it later)</source>
        <translation>เขียนสิ่งที่เจ้าหน้าที่แจ้งลูกค้าได้ในขณะนี้ (แก้ไขภายหลังได้)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="362"/>
        <source>a customer field name such as voyage or flight</source>
        <translation>ชื่อฟิลด์ลูกค้า เช่น voyage หรือ flight</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="363"/>
        <source>the value to match, such as AUR-1127</source>
        <translation>ค่าที่ต้องการจับคู่ เช่น AUR-1127</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="364"/>
        <source>at most {n:,} characters ({length:,} given)</source>
        <translation>ไม่เกิน {n:,} ตัวอักษร (ระบุมา {length:,} ตัวอักษร)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="365"/>
        <source>Only a supervisor can declare a disruption.</source>
        <translation>เฉพาะหัวหน้างานเท่านั้นที่ประกาศเหตุขัดข้องได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="366"/>
        <source>Only a supervisor can edit a disruption&apos;s facts.</source>
        <translation>เฉพาะหัวหน้างานเท่านั้นที่แก้ไขข้อเท็จจริงของเหตุขัดข้องได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="367"/>
        <source>Only a supervisor can close a disruption.</source>
        <translation>เฉพาะหัวหน้างานเท่านั้นที่ปิดเหตุขัดข้องได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="368"/>
        <source>There is no disruption {id}.</source>
        <translation>ไม่มีเหตุขัดข้อง {id}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="369"/>
        <source>This disruption is closed: open a new one for new news.</source>
        <translation>เหตุขัดข้องนี้ปิดแล้ว: เปิดเหตุขัดข้องใหม่สำหรับข่าวใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="370"/>
        <source>Only a supervisor can create callbacks for a disruption.</source>
        <translation>เฉพาะหัวหน้างานเท่านั้นที่สร้างการโทรกลับสำหรับเหตุขัดข้องได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="371"/>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="372"/>
        <source>agents need something to say: the facts cannot be empty</source>
        <translation>เจ้าหน้าที่ต้องมีข้อมูลไว้แจ้งลูกค้า: ข้อเท็จจริงต้องไม่ว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="373"/>
        <source>“{name}” is closed: its facts no longer change.</source>
        <translation>“{name}” ปิดแล้ว: ข้อเท็จจริงจะไม่เปลี่ยนแปลงอีก</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="374"/>
        <source>{who} changed the facts of “{name}” at {time} UTC while you were editing: your text is kept; reload to see theirs.</source>
        <translation>{who} เปลี่ยนข้อเท็จจริงของ “{name}” เมื่อ {time} UTC ระหว่างที่คุณกำลังแก้ไข: ข้อความของคุณยังคงอยู่ โปรดโหลดใหม่เพื่อดูข้อความของผู้นั้น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="375"/>
        <source>the list is empty: one account or booking per line</source>
        <translation>รายการว่างเปล่า: ระบุบรรทัดละหนึ่งเลขที่บัญชีหรือหมายเลขการจอง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="376"/>
        <source>at most {n:,} lines at a time</source>
        <translation>ครั้งละไม่เกิน {n:,} บรรทัด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="377"/>
        <source>no customer matches</source>
        <translation>ไม่มีลูกค้าที่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="378"/>
        <source>Only a supervisor can see the disruption figures.</source>
        <translation>เฉพาะหัวหน้างานเท่านั้นที่ดูตัวเลขของเหตุขัดข้องได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="379"/>
        <source>choose the queue that will make these callbacks</source>
        <translation>เลือกคิวที่จะรับผิดชอบการโทรกลับเหล่านี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="380"/>
        <source>no account or booking number</source>
        <translation>ไม่มีเลขที่บัญชีหรือหมายเลขการจอง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="381"/>
        <source>repeats line {line}</source>
        <translation>ซ้ำกับบรรทัดที่ {line}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="382"/>
        <source>no customer has this account or booking number</source>
        <translation>ไม่มีลูกค้าที่ใช้เลขที่บัญชีหรือหมายเลขการจองนี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="383"/>
        <source>{n} customers share this booking: list their account numbers</source>
        <translation>ลูกค้า {n} รายใช้การจองนี้ร่วมกัน: ระบุเลขที่บัญชีของแต่ละราย</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="384"/>
        <source>Write the note before saving it.</source>
        <translation>เขียนบันทึกก่อนจัดเก็บ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="385"/>
        <source>This text is {length:,} characters long; the most a contact can hold is {n:,}. Shorten it, or attach the rest in an email.</source>
        <translation>ข้อความนี้ยาว {length:,} ตัวอักษร แต่การติดต่อหนึ่งรายการเก็บได้ไม่เกิน {n:,} ตัวอักษร โปรดย่อข้อความ หรือแนบส่วนที่เหลือในอีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="386"/>
        <source>Choose whether the call was inbound or outbound.</source>
        <translation>เลือกว่าการโทรนี้เป็นสายเข้าหรือสายออก</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="387"/>
        <source>“{outcome}” is not a call outcome: choose one from the list.</source>
        <translation>“{outcome}” ไม่ใช่ผลการโทร: เลือกจากรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="388"/>
        <source>A call cannot start in the future: check the start time.</source>
        <translation>การโทรเริ่มในอนาคตไม่ได้: ตรวจสอบเวลาเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="389"/>
        <source>The call cannot end before it started: check the end time.</source>
        <translation>การโทรสิ้นสุดก่อนเวลาเริ่มไม่ได้: ตรวจสอบเวลาสิ้นสุด</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="390"/>
        <source>Customer {id} does not exist any more, so nothing was saved. Search for the customer again.</source>
        <translation>ลูกค้า {id} ไม่มีในระบบแล้ว จึงไม่มีการบันทึกข้อมูล โปรดค้นหาลูกค้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="391"/>
        <source>Your user account (id {id}) no longer exists, so nothing was saved. Ask an administrator to restore it.</source>
        <translation>บัญชีผู้ใช้ของคุณ (id {id}) ไม่มีในระบบแล้ว จึงไม่มีการบันทึกข้อมูล โปรดขอให้ผู้ดูแลระบบกู้คืนบัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="392"/>
        <source>give the rule a name agents will understand</source>
        <translation>ตั้งชื่อกฎที่เจ้าหน้าที่เข้าใจได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="393"/>
        <source>one of {choices}</source>
        <translation>ต้องเป็นหนึ่งใน {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="394"/>
        <source>name the customer field, such as departure_date</source>
        <translation>ระบุชื่อฟิลด์ลูกค้า เช่น departure_date</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="395"/>
        <source>the value to match</source>
        <translation>ค่าที่ต้องการจับคู่</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="396"/>
        <source>a number of days, such as 7</source>
        <translation>จำนวนวัน เช่น 7</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="397"/>
        <source>There is no priority rule {id}.</source>
        <translation>ไม่มีกฎลำดับความสำคัญ {id}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="398"/>
        <source>Scripts imported: {counts}.</source>
        <translation>นำเข้าสคริปต์แล้ว: {counts}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="399"/>
        <source>This script was changed by {who} at {time} UTC on {day} while you were editing. Nothing was saved: reload to see their change, then apply yours again (your text is kept).</source>
        <translation>สคริปต์นี้ถูก {who} เปลี่ยนแปลงเมื่อ {time} UTC วันที่ {day} ระหว่างที่คุณกำลังแก้ไข ไม่มีการบันทึกข้อมูล: โปรดโหลดใหม่เพื่อดูการเปลี่ยนแปลงนั้น แล้วนำการแก้ไขของคุณไปใช้อีกครั้ง (ข้อความของคุณยังคงอยู่)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="400"/>
        <source>{n} problem(s) in the file: nothing was imported. Correct them and import the whole file again.</source>
        <translation>พบปัญหา {n} รายการในไฟล์: ไม่มีการนำเข้าข้อมูล แก้ไขแล้วนำเข้าทั้งไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="401"/>
        <source>Scripts imported: the file has no scripts.</source>
        <translation>นำเข้าสคริปต์: ไฟล์ไม่มีสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="402"/>
        <source>restore scripts</source>
        <translation>นำสคริปต์กลับมาใช้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="403"/>
        <source>retire scripts</source>
        <translation>เลิกใช้สคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="404"/>
        <source>This user</source>
        <translation>ผู้ใช้รายนี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="405"/>
        <source>{who} cannot {what}: only supervisors and admins can change the script library. Ask a supervisor to make the change.</source>
        <translation>{who} ไม่สามารถ{what}ได้: เฉพาะหัวหน้างานและผู้ดูแลระบบเท่านั้นที่เปลี่ยนแปลงคลังสคริปต์ได้ โปรดขอให้หัวหน้างานดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="406"/>
        <source>Script {id} no longer exists; nothing was saved.</source>
        <translation>สคริปต์ {id} ไม่มีในระบบแล้ว จึงไม่มีการบันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="407"/>
        <source>{n} created</source>
        <translation>สร้าง {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="408"/>
        <source>{n} updated</source>
        <translation>อัปเดต {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="409"/>
        <source>{n} retired</source>
        <translation>เลิกใช้ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="410"/>
        <source>{n} restored</source>
        <translation>นำกลับมาใช้ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="411"/>
        <source>{n} unchanged</source>
        <translation>ไม่เปลี่ยนแปลง {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="412"/>
        <source>Script {script} has no version {number}.</source>
        <translation>สคริปต์ {script} ไม่มีเวอร์ชัน {number}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="413"/>
        <source>reorder scripts</source>
        <translation>จัดลำดับสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="414"/>
        <source>import scripts</source>
        <translation>นำเข้าสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="415"/>
        <source>There is no script “{script}”.</source>
        <translation>ไม่มีสคริปต์ “{script}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="416"/>
        <source>there is no queue {names}</source>
        <translation>ไม่มีคิว {names}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="417"/>
        <source>{shortcut} is already the shortcut of “{owner}”</source>
        <translation>{shortcut} เป็นทางลัดของ “{owner}” อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="418"/>
        <source>{shortcut} was just given to another script</source>
        <translation>{shortcut} เพิ่งถูกกำหนดให้สคริปต์อื่น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="419"/>
        <source>there is already a script “{key}”</source>
        <translation>มีสคริปต์ “{key}” อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="420"/>
        <source>create scripts</source>
        <translation>สร้างสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="421"/>
        <source>edit scripts</source>
        <translation>แก้ไขสคริปต์</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="422"/>
        <source>a script is listed twice</source>
        <translation>มีสคริปต์ที่อยู่ในรายการซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="423"/>
        <source>There is no script {id}.</source>
        <translation>ไม่มีสคริปต์ {id}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="424"/>
        <source>“{title}” is retired and cannot be a favourite.</source>
        <translation>“{title}” เลิกใช้แล้ว จึงเพิ่มในรายการโปรดไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="425"/>
        <source>Only favourites can be reordered: add the script to your favourites first.</source>
        <translation>จัดลำดับได้เฉพาะรายการโปรด: เพิ่มสคริปต์ในรายการโปรดก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="426"/>
        <source>Script {id} does not exist.</source>
        <translation>ไม่พบสคริปต์ {id}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="427"/>
        <source>Cannot write {path}: {problem}.</source>
        <translation>เขียน {path} ไม่ได้: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="428"/>
        <source>“{title}” cannot come back with its shortcut {shortcut}: “{owner}” has it now. Give one of them another shortcut first.</source>
        <translation>“{title}” นำกลับมาใช้พร้อมทางลัด {shortcut} ไม่ได้: ขณะนี้ “{owner}” ใช้ทางลัดนั้นอยู่ โปรดกำหนดทางลัดอื่นให้สคริปต์ใดสคริปต์หนึ่งก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="429"/>
        <source>a script&apos;s key cannot change (files and seeding find it by it); it stays “{key}”</source>
        <translation>คีย์ของสคริปต์เปลี่ยนไม่ได้ (ไฟล์และการสร้างข้อมูลเริ่มต้นใช้คีย์นี้ค้นหาสคริปต์) คีย์ยังคงเป็น “{key}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="430"/>
        <source>the file is not UTF-8 text</source>
        <translation>ไฟล์ไม่ใช่ข้อความ UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="431"/>
        <source>Team mode needs PostgreSQL; SQLite is single-user.</source>
        <translation>โหมดทีมต้องใช้ PostgreSQL เนื่องจาก SQLite ใช้ได้เพียงผู้ใช้คนเดียว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="432"/>
        <source>Unknown role “{role}”: use agent, supervisor or admin.</source>
        <translation>ไม่รู้จักบทบาท “{role}”: ใช้ agent, supervisor หรือ admin</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="433"/>
        <source>Only a console admin can manage users: connect as an admin login.</source>
        <translation>เฉพาะผู้ดูแลคอนโซลเท่านั้นที่จัดการผู้ใช้ได้: เชื่อมต่อด้วยบัญชีเข้าสู่ระบบของผู้ดูแล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="434"/>
        <source>reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="435"/>
        <source>the customer&apos;s issue</source>
        <translation>ปัญหาของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="436"/>
        <source>what was already tried</source>
        <translation>สิ่งที่ลองดำเนินการไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="437"/>
        <source>what was promised</source>
        <translation>สิ่งที่สัญญาไว้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="438"/>
        <source>identity verified</source>
        <translation>การยืนยันตัวตน</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="439"/>
        <source>the customer&apos;s mood</source>
        <translation>อารมณ์ของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="440"/>
        <source>notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="441"/>
        <source>offered</source>
        <translation>รอการตอบรับ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="442"/>
        <source>accepted</source>
        <translation>ตอบรับ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="443"/>
        <source>declined</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="444"/>
        <source>timed out</source>
        <translation>หมดเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="445"/>
        <source>converted</source>
        <translation>เปลี่ยนเป็นการโทรกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="446"/>
        <source>one sentence, please (at most {n} characters)</source>
        <translation>โปรดเขียนเป็นประโยคเดียว (ไม่เกิน {n} ตัวอักษร)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="447"/>
        <source>{name} took this transfer at {time} UTC, before you: nothing to do.</source>
        <translation>{name} รับการโอนสายนี้ไปแล้วเมื่อ {time} UTC ก่อนคุณ: ไม่ต้องดำเนินการใด ๆ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="448"/>
        <source>unknown field(s) {fields}; choose from {choices}</source>
        <translation>ไม่รู้จักฟิลด์ {fields} เลือกจาก {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="449"/>
        <source>choose one colleague or one queue</source>
        <translation>เลือกเพื่อนร่วมงานหนึ่งคนหรือคิวหนึ่งคิว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="450"/>
        <source>the linked callback is not an open promise of this customer</source>
        <translation>การโทรกลับที่เชื่อมโยงไม่ใช่นัดหมายที่ค้างอยู่ของลูกค้ารายนี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="451"/>
        <source>this customer was already passed on {n} times in this contact: say why another handover is needed (your supervisor sees it)</source>
        <translation>ลูกค้ารายนี้ถูกส่งต่อมาแล้ว {n} ครั้งในการติดต่อนี้: ระบุเหตุผลที่ต้องส่งต่ออีกครั้ง (หัวหน้างานจะเห็นข้อความนี้)</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="452"/>
        <source>Transfer {id} does not exist.</source>
        <translation>ไม่พบการโอนสาย {id}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="453"/>
        <source>This transfer is for queue {queue}; you are not in it.</source>
        <translation>การโอนสายนี้ส่งถึงคิว {queue} ซึ่งคุณไม่ได้อยู่ในคิวนั้น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="454"/>
        <source>{name} took this transfer a moment before you: nothing to do.</source>
        <translation>{name} รับการโอนสายนี้ไปก่อนคุณเมื่อสักครู่: ไม่ต้องดำเนินการใด ๆ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="455"/>
        <source>Only the sender can turn a transfer into a callback.</source>
        <translation>เฉพาะผู้ส่งเท่านั้นที่เปลี่ยนการโอนสายเป็นการโทรกลับได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="456"/>
        <source>This transfer is already {state}.</source>
        <translation>การโอนสายนี้อยู่ในสถานะ “{state}” แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="457"/>
        <source>{name} is in no queue: schedule the callback yourself.</source>
        <translation>{name} ไม่ได้อยู่ในคิวใด: โปรดนัดโทรกลับด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="458"/>
        <source>you cannot transfer a customer to yourself</source>
        <translation>คุณโอนลูกค้าให้ตัวเองไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="459"/>
        <source>tell the sender why, so they can find the right person</source>
        <translation>แจ้งเหตุผลให้ผู้ส่งทราบ เพื่อให้หาผู้ที่เหมาะสมได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="460"/>
        <source>This transfer is addressed to {name}, not to you.</source>
        <translation>การโอนสายนี้ส่งถึง {name} ไม่ใช่คุณ</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="461"/>
        <source>{name} withdrew this transfer at {time} UTC.</source>
        <translation>{name} ยกเลิกการโอนสายนี้เมื่อ {time} UTC</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="462"/>
        <source>Only the sender can take a transfer back.</source>
        <translation>เฉพาะผู้ส่งเท่านั้นที่ยกเลิกการโอนสายได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="463"/>
        <source>this queue takes only customers whose identity is checked</source>
        <translation>คิวนี้รับเฉพาะลูกค้าที่ยืนยันตัวตนแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="464"/>
        <source>{field} is required by this queue</source>
        <translation>คิวนี้กำหนดให้ต้องระบุ {field}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="465"/>
        <source>That colleague does not exist or is disabled.</source>
        <translation>ไม่มีเพื่อนร่วมงานรายนั้น หรือถูกปิดใช้งานแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="466"/>
        <source>{name} is not signed in to Agent Console right now, so nobody would answer. Choose a colleague who is available, or their queue.</source>
        <translation>ขณะนี้ {name} ไม่ได้ลงชื่อเข้าใช้ Agent Console จึงไม่มีใครรับสาย เลือกเพื่อนร่วมงานที่ว่าง หรือคิวของเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="467"/>
        <source>{name} withdrew this transfer.</source>
        <translation>{name} ยกเลิกการโอนสายนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="468"/>
        <source>This transfer is already {state} at {time} UTC.</source>
        <translation>การโอนสายนี้อยู่ในสถานะ “{state}” แล้วตั้งแต่ {time} UTC</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="469"/>
        <source>You are signed in to the database as “{login}”: in team mode you act as yourself, not as “{name}”. Leave out --user (or sign in as {name}).</source>
        <translation>คุณลงชื่อเข้าใช้ฐานข้อมูลในชื่อ “{login}”: ในโหมดทีม คุณดำเนินการในนามของตัวเอง ไม่ใช่ในนามของ “{name}” โปรดไม่ต้องระบุ --user (หรือลงชื่อเข้าใช้ในชื่อ {name})</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="470"/>
        <source>Your database login “{login}” has no console user in this database: ask your console admin to run `agent-console admin add-user {login} --role agent`.</source>
        <translation>บัญชีเข้าสู่ระบบฐานข้อมูล “{login}” ของคุณไม่มีผู้ใช้คอนโซลในฐานข้อมูลนี้: โปรดขอให้ผู้ดูแลคอนโซลเรียกใช้ `agent-console admin add-user {login} --role agent`</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="471"/>
        <source>The console user “{login}” is disabled: ask your console admin.</source>
        <translation>ผู้ใช้คอนโซล “{login}” ถูกปิดใช้งาน: โปรดติดต่อผู้ดูแลคอนโซล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="472"/>
        <source>There is no user “{name}” in this database; pick one from `agent-console users` or leave the user setting empty.</source>
        <translation>ไม่มีผู้ใช้ “{name}” ในฐานข้อมูลนี้ เลือกผู้ใช้จาก `agent-console users` หรือเว้นการตั้งค่า user ว่างไว้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="473"/>
        <source>Dialling by SIP needs your phone system&apos;s domain, such as pbx.example.com.</source>
        <translation>การโทรออกผ่าน SIP ต้องระบุโดเมนของระบบโทรศัพท์ของคุณ เช่น pbx.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="474"/>
        <source>Setting {name} must be true or false, not “{value}”.</source>
        <translation>การตั้งค่า {name} ต้องเป็น true หรือ false ไม่ใช่ “{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="475"/>
        <source>There is no setting “{name}”; known settings: {known}.</source>
        <translation>ไม่มีการตั้งค่า “{name}” การตั้งค่าที่รู้จัก: {known}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="476"/>
        <source>A password does not belong in settings: set db_url without it (postgresql://USER@HOST/DB); the console asks for it when it signs in and can remember it in this computer&apos;s keyring.</source>
        <translation>ไม่ควรเก็บรหัสผ่านไว้ในการตั้งค่า: ตั้งค่า db_url โดยไม่มีรหัสผ่าน (postgresql://USER@HOST/DB) คอนโซลจะถามรหัสผ่านเมื่อลงชื่อเข้าใช้ และจดจำไว้ในคีย์ริงของคอมพิวเตอร์เครื่องนี้ได้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="477"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>ป้อนจำนวนเต็มตั้งแต่ {low} ถึง {high}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="478"/>
        <source>Choose light, dark or system.</source>
        <translation>เลือก light, dark หรือ system</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="479"/>
        <source>Setting {name} must be a number, not “{value}”.</source>
        <translation>การตั้งค่า {name} ต้องเป็นตัวเลข ไม่ใช่ “{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="480"/>
        <source>Choose tel, sip or callto.</source>
        <translation>เลือก tel, sip หรือ callto</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="481"/>
        <source>{why}</source>
        <translation>{why}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="482"/>
        <source>The settings file {path} cannot be read ({problem}); fix or delete it.</source>
        <translation>อ่านไฟล์การตั้งค่า {path} ไม่ได้ ({problem}) โปรดแก้ไขหรือลบไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="483"/>
        <source>“{region}” is not a country code: use two letters such as RU or TH.</source>
        <translation>“{region}” ไม่ใช่รหัสประเทศ: ใช้ตัวอักษรสองตัว เช่น RU หรือ TH</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="484"/>
        <source>Database type “{kind}” is not supported: use sqlite:/// or postgresql://.</source>
        <translation>ไม่รองรับฐานข้อมูลประเภท “{kind}”: ใช้ sqlite:/// หรือ postgresql://</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="485"/>
        <source>The database at {server} is at schema {schema}, this program needs {head}: run `agent-console db upgrade --db {server}` first.</source>
        <translation>ฐานข้อมูลที่ {server} ใช้สคีมา {schema} แต่โปรแกรมนี้ต้องใช้ {head}: เรียกใช้ `agent-console db upgrade --db {server}` ก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="486"/>
        <source>“{url}” is not a database URL: use sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host:5432/dbname.</source>
        <translation>“{url}” ไม่ใช่ URL ของฐานข้อมูล: ใช้ sqlite:///path/to/file.sqlite3 หรือ postgresql+psycopg://user@host:5432/dbname</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="487"/>
        <source>The database at {server} was migrated by a newer Agent Console (schema {schema}); upgrade this program.</source>
        <translation>ฐานข้อมูลที่ {server} ถูกย้ายข้อมูลโดย Agent Console เวอร์ชันที่ใหม่กว่า (สคีมา {schema}) โปรดอัปเกรดโปรแกรมนี้</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="488"/>
        <source>The server at {server} refused the user name or password: check them, or ask your console admin to reset the password.</source>
        <translation>เซิร์ฟเวอร์ที่ {server} ปฏิเสธชื่อผู้ใช้หรือรหัสผ่าน: ตรวจสอบอีกครั้ง หรือขอให้ผู้ดูแลคอนโซลรีเซ็ตรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="489"/>
        <source>The secure connection (TLS) to {server} failed: {problem}. Check the TLS mode (sslmode) and the CA file.</source>
        <translation>การเชื่อมต่อที่ปลอดภัย (TLS) ไปยัง {server} ล้มเหลว: {problem} ตรวจสอบโหมด TLS (sslmode) และไฟล์ CA</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="490"/>
        <source>Cannot reach the database at {server}: {problem}. Check that the server is running and the address is right.</source>
        <translation>เชื่อมต่อฐานข้อมูลที่ {server} ไม่ได้: {problem} ตรวจสอบว่าเซิร์ฟเวอร์ทำงานอยู่และที่อยู่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="491"/>
        <source>Your role does not allow this (the database refused it: {problem}). Ask a supervisor or your console admin.</source>
        <translation>บทบาทของคุณไม่ได้รับอนุญาตให้ทำสิ่งนี้ (ฐานข้อมูลปฏิเสธ: {problem}) โปรดติดต่อหัวหน้างานหรือผู้ดูแลคอนโซล</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="492"/>
        <source>Live updates lost the database: {problem}</source>
        <translation>การอัปเดตแบบเรียลไทม์ขาดการเชื่อมต่อกับฐานข้อมูล: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="493"/>
        <source>Live updates cannot reach the database: {problem}</source>
        <translation>การอัปเดตแบบเรียลไทม์เชื่อมต่อฐานข้อมูลไม่ได้: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="494"/>
        <source>Live updates cannot reach the database.</source>
        <translation>การอัปเดตแบบเรียลไทม์เชื่อมต่อฐานข้อมูลไม่ได้</translation>
    </message>
</context>
</TS>
