<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>App</name>
    <message>
        <location filename="../csmm_desktop/app.py" line="+205"/>
        <source>There is no backup to open. Use another data folder (--data-dir).</source>
        <translation>Açılabilecek bir yedek yok. Başka bir veri klasörü kullanın (--data-dir).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the newest backup (%1) instead? The damaged file is kept, renamed, next to it.</source>
        <translation>Bunun yerine en yeni yedek (%1) açılsın mı? Hasarlı dosya yeniden adlandırılarak yanında saklanır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open backup</source>
        <translation>Yedeği aç</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup was opened. The damaged file was kept as %1.</source>
        <translation>Yedek açıldı. Hasarlı dosya %1 adıyla saklandı.</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <location filename="../csmm_desktop/views/wizard/assessment_window.py" line="+172"/>
        <source>Every question is answered.</source>
        <translation>Tüm sorular yanıtlandı.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answer not saved</source>
        <translation>Yanıt kaydedilmedi</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>%1 of %2 answered</source>
        <translation>%1 / %2 yanıtlandı</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finished</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every question is answered. Thank you!</source>
        <translation>Tüm sorular yanıtlandı. Teşekkürler!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 unanswered (%3)</source>
        <translation>%1: %2 yanıtsız (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some questions have no answer yet:</source>
        <translation>Bazı sorular henüz yanıtlanmadı:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers are already saved. Finish anyway?</source>
        <translation>Yanıtlar zaten kaydedildi. Yine de bitirilsin mi?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish anyway</source>
        <translation>Yine de bitir</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+11"/>
        <source>Hand over to respondent</source>
        <translation>Katılımcıya devret</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Choose a PIN of at least 4 digits. The respondent will see only their own questions; the PIN is needed to leave.</source>
        <translation>En az 4 haneli bir PIN seçin. Katılımcı yalnızca kendi sorularını görür; çıkmak için PIN gerekir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN needs at least 4 characters.</source>
        <translation>PIN en az 4 karakter olmalıdır.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Consultant</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Enter the consultant&apos;s PIN to leave respondent mode.</source>
        <translation>Katılımcı modundan çıkmak için danışmanın PIN&apos;ini girin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That PIN is not right.</source>
        <translation>Bu PIN doğru değil.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Assessment: %1 (%2)</source>
        <translation>Değerlendirme: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys: digits answer · N = N/A · ↑ ↓ or Tab move · Enter goes on · F11 workshop mode</source>
        <translation>Tuşlar: rakamlar yanıtlar · N = Geçerli değil · ↑ ↓ veya Tab geçiş · Enter ilerler · F11 atölye modu</translation>
    </message>
    <message>
        <location filename="../ui/assessment_window.ui" line="+6"/>
        <source>Assessment</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Workshop mode</source>
        <translation>Atölye modu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen with larger text, for answering together on a projector (F11)</source>
        <translation>Projeksiyonda birlikte yanıtlamak için büyük yazılı tam ekran (F11)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand over to respondent…</source>
        <translation>Katılımcıya devret…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the laptop to this respondent&apos;s questions until the consultant&apos;s PIN is entered</source>
        <translation>Danışmanın PIN&apos;i girilene kadar dizüstü bilgisayarı bu katılımcının sorularıyla sınırlar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consultant…</source>
        <translation>Danışman…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave respondent mode (asks for the PIN)</source>
        <translation>Katılımcı modundan çık (PIN sorulur)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next &amp;unanswered</source>
        <translation>Sonraki &amp;yanıtsız</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next &gt;</source>
        <translation>İ&amp;leri &gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../csmm_desktop/views/client_dialog.py" line="+16"/>
        <source>Edit client</source>
        <translation>Kurumu düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>Yeni kurum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A client needs a name.</source>
        <translation>Kurum adı girilmelidir.</translation>
    </message>
    <message>
        <location filename="../ui/client_dialog.ui" line="+6"/>
        <source>Client</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Kurum adı:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektör:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Contacts:</source>
        <translation>İle&amp;tişim kişileri:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../csmm_desktop/views/client_panel.py" line="+156"/>
        <source>Add a snapshot to record an assessment.</source>
        <translation>Bir değerlendirme kaydetmek için anlık durum ekleyin.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Overall score %1 · assessed level: %2 · coverage %3 · NPS %4</source>
        <translation>Genel puan %1 · değerlendirilen seviye: %2 · yanıt oranı %3 · NPS %4</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondents</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed level</source>
        <translation>Değerlendirilen seviye</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Coverage</source>
        <translation>Yanıt oranı</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Consultant</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Respondent</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <location filename="../ui/client_panel.ui" line="+21"/>
        <source>Snapshots</source>
        <translation>Anlık durumlar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New snapshot…</source>
        <translation>Yeni anlık durum…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Respondents of the selected snapshot</source>
        <translation>Seçili anlık durumun katılımcıları</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New respondent…</source>
        <translation>Yeni katılımcı…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open answers</source>
        <translation>Yanıtları aç</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename…</source>
        <translation>Yeniden adlandır…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import responses…</source>
        <translation>Yanıtları içe aktar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save response template…</source>
        <translation>Yanıt şablonunu kaydet…</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Delete respondent…</source>
        <translation>Katılımcıyı sil…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../csmm_desktop/views/import_dialog.py" line="+33"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be imported. Nothing was changed. Correct the file and try again:</source>
        <translation>%1 içe aktarılamıyor. Hiçbir şey değiştirilmedi. Dosyayı düzeltip yeniden deneyin:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 respondents (%2) with %3 answers will be added from %4.</source>
        <translation>%4 dosyasından %1 katılımcı (%2) ve toplam %3 yanıt eklenecek.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Respondent</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Yanıtlar</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.ui" line="+6"/>
        <source>Import responses</source>
        <translation>Yanıtları içe aktar</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../csmm_desktop/views/labels.py" line="+8"/>
        <source>Initial</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planlı Çalışma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured</source>
        <translation>Ölçülebilir Performans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimized</source>
        <translation>Yüksek Performans ve Kalite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Management</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Çalışan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client (customer)</source>
        <translation>Müşteri</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../csmm_desktop/views/main_window.py" line="+113"/>
        <source>Opening your data…</source>
        <translation>Verileriniz açılıyor…</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>New client</source>
        <translation>Yeni kurum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client added.</source>
        <translation>Kurum eklendi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit client</source>
        <translation>Kurumu düzenle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the client “%1” with its %2 snapshot(s) and %3 respondent(s)? This cannot be undone (the automatic backups keep older copies).</source>
        <translation>“%1” kurumu, %2 anlık durumu ve %3 katılımcısıyla birlikte silinsin mi? Bu işlem geri alınamaz (otomatik yedekler eski kopyaları saklar).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete client</source>
        <translation>Kurumu sil</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+83"/>
        <location line="+160"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Client deleted.</source>
        <translation>Kurum silindi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo client added.</source>
        <translation>Örnek kurum eklendi.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo client is already here.</source>
        <translation>Örnek kurum zaten var.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New snapshot</source>
        <translation>Yeni anlık durum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit snapshot</source>
        <translation>Anlık durumu düzenle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the %1 snapshot of %2 with its %3 respondent(s) and their answers? This cannot be undone.</source>
        <translation>%2 tarihli %1 anlık durumu, %3 katılımcısı ve yanıtlarıyla birlikte silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete snapshot</source>
        <translation>Anlık durumu sil</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+13"/>
        <location line="+21"/>
        <source>Import responses</source>
        <translation>Yanıtları içe aktar</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Response files (*.csv *.xlsx);;All files (*)</source>
        <translation>Yanıt dosyaları (*.csv *.xlsx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Importing responses…</source>
        <translation>Yanıtlar içe aktarılıyor…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported %1 respondent(s).</source>
        <translation>%1 katılımcı içe aktarıldı.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Save response template</source>
        <translation>Yanıt şablonunu kaydet</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel çalışma kitabı (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template saved to %1</source>
        <translation>Şablon kaydedildi: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Rename respondent</source>
        <translation>Katılımcıyı yeniden adlandır</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the respondent “%1” and all their answers?</source>
        <translation>“%1” katılımcısı ve tüm yanıtları silinsin mi?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete respondent</source>
        <translation>Katılımcıyı sil</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+4"/>
        <source>Back up now</source>
        <translation>Şimdi yedekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of all your data was saved to:
%1</source>
        <translation>Tüm verilerinizin bir kopyası şuraya kaydedildi:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About CSMM Desktop</source>
        <translation>CSMM Desktop hakkında</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSMM Desktop %1

Customer Service Maturity Model assessments, offline.
Data folder: %2</source>
        <translation>CSMM Desktop %1

Çevrimdışı Müşteri Hizmetleri Olgunluk Modeli değerlendirmeleri.
Veri klasörü: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="+6"/>
        <source>CSMM Desktop</source>
        <translation>CSMM Desktop</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clients</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search clients (Ctrl+F)</source>
        <translation>Kurum ara (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New client…</source>
        <translation>Yeni ku&amp;rum…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;demo client</source>
        <translation>Örnek kurum &amp;ekle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a client on the left, or add one to begin.</source>
        <translation>Başlamak için soldan bir kurum seçin veya yeni bir kurum ekleyin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New Client…</source>
        <translation>Yeni ku&amp;rum…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Snapshot…</source>
        <translation>Yeni &amp;anlık durum…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Responses…</source>
        <translation>Yanıtları &amp;içe aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Response &amp;Template…</source>
        <translation>Yanıt şa&amp;blonunu kaydet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Demo Client</source>
        <translation>Örnek kurum &amp;ekle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back Up Now</source>
        <translation>Şimdi &amp;yedekle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Data &amp;Folder</source>
        <translation>&amp;Veri klasörünü aç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Client…</source>
        <translation>Kurumu &amp;düzenle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Client…</source>
        <translation>Kurumu &amp;sil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit S&amp;napshot…</source>
        <translation>&amp;Anlık durumu düzenle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F2</source>
        <translation>Shift+F2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Sn&amp;apshot…</source>
        <translation>Anlık durumu s&amp;il…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Client</source>
        <translation>Kurum &amp;bul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About CSMM Desktop</source>
        <translation>CSMM Desktop &amp;hakkında</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../csmm_desktop/views/wizard/question_widget.py" line="+148"/>
        <source>Write here (optional). It is saved as you type.</source>
        <translation>Buraya yazın (isteğe bağlı). Yazdıkça kaydedilir.</translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <location filename="../csmm_desktop/views/wizard/respondent_dialog.py" line="+38"/>
        <source>Rename respondent</source>
        <translation>Katılımcıyı yeniden adlandır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New respondent</source>
        <translation>Yeni katılımcı</translation>
    </message>
    <message>
        <location filename="../ui/respondent_dialog.ui" line="+6"/>
        <source>Respondent</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Answers as:</source>
        <translation>&amp;Yanıtlama rolü:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Ad (isteğe bağlı):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymous &amp;code:</source>
        <translation>Anonim &amp;kod:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>given automatically if left empty</source>
        <translation>boş bırakılırsa otomatik verilir</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../csmm_desktop/views/snapshot_dialog.py" line="+40"/>
        <source>Edit snapshot</source>
        <translation>Anlık durumu düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New snapshot</source>
        <translation>Yeni anlık durum</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.ui" line="+6"/>
        <source>Snapshot</source>
        <translation>Anlık durum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Aşama:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Consultant:</source>
        <translation>&amp;Danışman:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
</context>
</TS>
