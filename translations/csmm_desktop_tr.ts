<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/action_dialog.py" line="+83"/>
        <source>Edit action</source>
        <translation>Aksiyonu düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action</source>
        <translation>Yeni aksiyon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— no topic —</source>
        <translation>— konu yok —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— no problem —</source>
        <translation>— sorun yok —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— no KPI —</source>
        <translation>— KPI yok —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An action needs a title.</source>
        <translation>Aksiyon için başlık girilmelidir.</translation>
    </message>
    <message>
        <location filename="../ui/action_dialog.ui" line="+6"/>
        <source>Action</source>
        <translation>Aksiyon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Sorumlu:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>D&amp;ue date:</source>
        <translation>Hedef &amp;tarih:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Status:</source>
        <translation>&amp;Durum:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>3-month c&amp;ycle:</source>
        <translation>3 aylık dö&amp;ngü:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Konu:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pro&amp;blem:</source>
        <translation>S&amp;orun:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;KPI:</source>
        <translation>K&amp;PI:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Feedback / reason for the change:</source>
        <translation>&amp;Geri bildirim / değişiklik nedeni:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the client said, or why the plan changes. Saved in the action&apos;s history.</source>
        <translation>Kurumun söyledikleri ya da planın neden değiştiği. Aksiyonun geçmişine kaydedilir.</translation>
    </message>
</context>
<context>
    <name>ActionHistory</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/actions_history.py" line="+23"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Hedef tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Döngü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atölye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot</source>
        <translation>Anlık durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Değiştirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Geri bildirim</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(deleted)</source>
        <translation>(silindi)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem: %1</source>
        <translation>Sorun: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPI: %1</source>
        <translation>KPI: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workshop of %1</source>
        <translation>Atölye: %1</translation>
    </message>
</context>
<context>
    <name>ActionSuggestionsDialog</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/actions_suggestions_dialog.py" line="+101"/>
        <source>%1 %2 · score %3</source>
        <translation>%1 %2 · puan %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(already in the plan)</source>
        <translation>(zaten planda)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested actions for the topics that hold the %1 snapshot back most from the next level, ranked by the points they lack × their weight. Topics already taken care of by the snapshot&apos;s date are greyed. Tick the ones to add to the action plan.</source>
        <translation>%1 anlık durumunu bir sonraki seviyeden en çok alıkoyan konular için önerilen aksiyonlar; eksik puanları × ağırlıklarına göre sıralanmıştır. Anlık durumun tarihine kadar ele alınmış konular gri gösterilir. Aksiyon planına eklemek istediklerinizi işaretleyin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No suggestions yet: they come from the scores of the snapshot&apos;s assessment.</source>
        <translation>Henüz öneri yok: öneriler, anlık durumdaki değerlendirmenin puanlarından oluşturulur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location filename="../ui/action_suggestions_dialog.ui" line="+6"/>
        <source>Suggested actions</source>
        <translation>Önerilen aksiyonlar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Sorumlu:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>3-month c&amp;ycle:</source>
        <translation>3 aylık dö&amp;ngü:</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/actions_tab.py" line="+95"/>
        <location filename="../csmm_desktop/views/lazy_tabs.py" line="+61"/>
        <source>Action plan</source>
        <translation>Aksiyon planı</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All cycles</source>
        <translation>Tüm döngüler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle %1</source>
        <translation>Döngü %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (planned or in progress)</source>
        <translation>Açık (planlandı veya devam ediyor)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a snapshot to link new actions to it and to see suggested actions for its weakest topics.</source>
        <translation>Yeni aksiyonları bir anlık duruma bağlamak ve en zayıf konuları için önerilen aksiyonları görmek için bir anlık durum seçin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New actions are linked to the %1 snapshot (%2). Every change keeps its reason in the action&apos;s history.</source>
        <translation>Yeni aksiyonlar %1 anlık durumuna (%2) bağlanır. Her değişiklik, nedeniyle birlikte aksiyonun geçmişinde saklanır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statuses and overdue dates here are today&apos;s; the snapshot&apos;s reports show them as they stood on its date.</source>
        <translation>Buradaki durumlar ve gecikmiş tarihler bugünkü hâlidir; anlık durumun raporları bunları anlık durumun tarihindeki hâliyle gösterir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a snapshot first.</source>
        <translation>Önce bir anlık durum seçin.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (overdue)</source>
        <translation>%1 (gecikmiş)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (resolved)</source>
        <translation>%1 (çözüldü)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit action</source>
        <translation>Aksiyonu düzenle</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete action</source>
        <translation>Aksiyonu sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Suggested actions</source>
        <translation>Önerilen aksiyonlar</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Action</source>
        <translation>Aksiyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Hedef tarih</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status today</source>
        <translation>Bugünkü durum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycle</source>
        <translation>Döngü</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linked to</source>
        <translation>İlişkili</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Geri bildirim</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Edit action…</source>
        <translation>Aksiyonu düzenle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete action…</source>
        <translation>Aksiyonu sil…</translation>
    </message>
    <message>
        <location filename="../ui/actions_tab.ui" line="+16"/>
        <source>C&amp;ycle:</source>
        <translation>Dö&amp;ngü:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;tatus:</source>
        <translation>D&amp;urum:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Add action…</source>
        <translation>&amp;Aksiyon ekle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>Düz&amp;enle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Su&amp;ggested actions…</source>
        <translation>Öneri&amp;len aksiyonlar…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History of the selected action, newest first</source>
        <translation>Seçili aksiyonun geçmişi, en yenisi önce</translation>
    </message>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/engagement/actions_tab.py" line="-130"/>
        <source>%1 of %n action(s) shown</source>
        <translation>
            <numerusform>%n aksiyondan %1 tanesi gösteriliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>Delete the action “%1” with its history of %n revision(s)?</source>
        <translation>
            <numerusform>“%1” aksiyonu, %n revizyonluk geçmişiyle birlikte silinsin mi?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../csmm_desktop/app.py" line="+300"/>
        <source>There is no backup to open. Use another data folder (--data-dir).</source>
        <translation>Açılabilecek bir yedek yok. Başka bir veri klasörü kullanın (--data-dir).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the newest backup (%1) instead?</source>
        <translation>Bunun yerine en yeni yedek (%1) açılsın mı?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the newest backup (%1) instead? The damaged file is kept, renamed, next to it.</source>
        <translation>Bunun yerine en yeni yedek (%1) açılsın mı? Hasarlı dosya yeniden adlandırılarak yanında saklanır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open backup</source>
        <translation>Yedeği aç</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup %1 was put in place and opened.</source>
        <translation>%1 yedeği yerine kondu ve açıldı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup %1 was opened. The damaged file was kept as %2.</source>
        <translation>%1 yedeği açıldı. Hasarlı dosya %2 olarak saklandı.</translation>
    </message>
</context>
<context>
    <name>ApplicabilityDialog</name>
    <message>
        <location filename="../csmm_desktop/views/applicability_dialog.py" line="+124"/>
        <source>Applicability: %1</source>
        <translation>Geçerlilik: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sector given</source>
        <translation>sektör belirtilmemiş</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick what does not apply to %1 (sector: %2). What is unticked is not asked in the wizard, not printed on blank forms, not expected in the coverage and not scored; the report lists it. New snapshots of the client get this list; older snapshots keep theirs. Form version %3.</source>
        <translation>%1 kurumu için geçerli olmayanların işaretini kaldırın (sektör: %2). İşareti kaldırılanlar sihirbazda sorulmaz, boş formlara basılmaz, yanıt kapsamında beklenmez ve puanlanmaz; rapor bunları listeler. Kurumun yeni anlık durumları bu listeyi alır; eski anlık durumlar kendi listelerini korur. Form sürümü %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sector &amp;preset:</source>
        <translation>Sektör ön &amp;ayarı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply sector preset</source>
        <translation>Sektör ön ayarını &amp;uygula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section, topic or question</source>
        <translation>Bölüm, konu veya soru</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use it for the selected snapshot too (%1): its questions, coverage, scores and reports change</source>
        <translation>&amp;Seçili anlık duruma da uygula (%1): soruları, yanıt kapsamı, puanları ve raporları değişir</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Questions left out for this client: %1.</source>
        <translation>Bu kurum için dışarıda bırakılan sorular: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every question applies.</source>
        <translation>Her soru geçerli.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sector preset: %1.</source>
        <translation>Sektör ön ayarı: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector preset: %1 (edited).</source>
        <translation>Sektör ön ayarı: %1 (düzenlendi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out of the selected snapshot now: %1.</source>
        <translation>Seçili anlık durumda şu an dışarıda bırakılan: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Applicability</source>
        <translation>Geçerlilik</translation>
    </message>
</context>
<context>
    <name>ApplicabilityMenu</name>
    <message>
        <location line="+53"/>
        <source>A&amp;pplicability…</source>
        <translation>&amp;Geçerlilik…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applicability</source>
        <translation>Geçerlilik</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <location filename="../csmm_desktop/views/wizard/assessment_window.py" line="+226"/>
        <source>Every question is answered.</source>
        <translation>Tüm sorular yanıtlandı.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Answer not saved</source>
        <translation>Yanıt kaydedilmedi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1 The questions show what is saved.</source>
        <translation>Kaydedilmedi: %1 Sorularda kayıtlı yanıtlar gösteriliyor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answers waiting to be saved: %1. The data is busy (another part of the app or another program is writing); they are saved as soon as it is free.</source>
        <translation>Kaydedilmeyi bekleyen yanıtlar: %1. Veri dosyası meşgul (uygulamanın başka bir bölümü ya da başka bir program şu anda dosyaya yazıyor); dosya serbest kalır kalmaz yanıtlar kaydedilecek.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data is busy: another part of the app or another program is writing.</source>
        <translation>Veri dosyası meşgul: uygulamanın başka bir bölümü ya da başka bir program şu anda dosyaya yazıyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These answers are not saved: %1</source>
        <translation>Şu sorulara verilen yanıtlar kaydedilmedi: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>%1 of %2 answered</source>
        <translation>%1 / %2 yanıtlandı</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>They are tried again in a moment; finish when they are saved.</source>
        <translation>Yanıtlar kısa süre içinde yeniden kaydedilmeye çalışılacak; kaydedildikten sonra bitirin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finished</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every question is answered. Thank you!</source>
        <translation>Tüm sorular yanıtlandı. Teşekkürler!</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Consultant… (wait %1 s)</source>
        <translation>Danışman… (%1 sn bekleyin)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Close anyway and lose them? Keep the window open and they are tried again.</source>
        <translation>Pencere yine de kapatılsın mı? Bu yanıtlar kaybolacak. Pencereyi açık tutarsanız yanıtlar yeniden kaydedilmeye çalışılır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers not saved</source>
        <translation>Yanıtlar kaydedilmedi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without them</source>
        <translation>Kaydetmeden kapat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assessment: %1 · %2</source>
        <translation>Değerlendirme: %1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is asked of this respondent: every question for the role %1 is left out for this client (Edit → Applicability…).</source>
        <translation>Bu katılımcıya hiçbir şey sorulmuyor: %1 rolünün bütün soruları bu kurum için dışarıda bırakıldı (Düzen → Geçerlilik…).</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+23"/>
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/wizard/kiosk.py" line="+185"/>
        <source>Hand over to respondent</source>
        <translation>Katılımcıya devret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a PIN of %1 to %2 digits and type it twice. The respondent will see only their own questions; the PIN is needed to leave.</source>
        <translation>%1–%2 haneli bir PIN belirleyin ve iki kez girin. Katılımcı yalnızca kendi sorularını görür; çıkmak için PIN gerekir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PIN needs %1 to %2 digits.</source>
        <translation>PIN %1–%2 haneli olmalıdır.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consultant</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the consultant&apos;s PIN to leave respondent mode.</source>
        <translation>Katılımcı modundan çıkmak için danışmanın PIN&apos;ini girin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That PIN is not right.</source>
        <translation>Bu PIN doğru değil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait %1 seconds before the next try.</source>
        <translation>Yeniden denemeden önce %1 saniye bekleyin.</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/wizard/assessment_window.py" line="+146"/>
        <source>Keys: digits answer · N = N/A · ↑ ↓ or Tab move · Enter goes on</source>
        <translation>Tuşlar: rakamlar yanıtlar · N = Geçerli değil · ↑ ↓ veya Tab geçiş · Enter ilerler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys: digits answer · N = N/A · Enter goes on · Ctrl+plus / Ctrl+minus text size · Esc leaves workshop mode</source>
        <translation>Tuşlar: rakamlar yanıtlar · N = Geçerli değil · Enter ilerler · Ctrl+artı / Ctrl+eksi yazı boyutu · Esc atölye modundan çıkar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys: digits answer · N = N/A · ↑ ↓ or Tab move · Enter goes on · F11 workshop mode</source>
        <translation>Tuşlar: rakamlar yanıtlar · N = Geçerli değil · ↑ ↓ veya Tab geçiş · Enter ilerler · F11 atölye modu</translation>
    </message>
    <message>
        <location filename="../ui/assessment_window.ui" line="+6"/>
        <source>Assessment</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+91"/>
        <source>Thank you!</source>
        <translation>Teşekkürler!</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please hand the laptop back to the consultant.</source>
        <translation>Lütfen bilgisayarı danışmana geri verin.</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/wizard/assessment_window.py" line="-77"/>
        <location filename="../ui/assessment_window.ui" line="-93"/>
        <source>Consultant…</source>
        <translation>Danışman…</translation>
    </message>
    <message>
        <location filename="../ui/assessment_window.ui" line="+1"/>
        <source>Leave respondent mode (asks for the PIN)</source>
        <translation>Katılımcı modundan çık (PIN sorulur)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <message>
        <location filename="../csmm_desktop/views/wizard/finish.py" line="+40"/>
        <source>%1: %2 unanswered</source>
        <translation>%1: %2 yanıtsız</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>and %1 more</source>
        <translation>ve %1 tane daha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some questions have no answer yet:</source>
        <translation>Bazı soruların henüz yanıtı yok:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answers given are already saved.</source>
        <translation>Verilen yanıtlar zaten kaydedildi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to the first unanswered question</source>
        <translation>İlk yanıtsız soruya git</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish anyway</source>
        <translation>Yine de bitir</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../csmm_desktop/views/tasks.py" line="+108"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping…</source>
        <translation>Durduruluyor…</translation>
    </message>
</context>
<context>
    <name>BundleFlow</name>
    <message>
        <location filename="../csmm_desktop/views/bundle_flow.py" line="+378"/>
        <source>Export Client…</source>
        <translation>Kurumu Dışa Aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected client as a file to take to another laptop</source>
        <translation>Seçili kurumu başka bir bilgisayara götürmek için dosya olarak kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts from Client Files…</source>
        <translation>Kurum Dosyalarından Gelen Çakışmalar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Client…</source>
        <translation>Kurumu İçe Aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or merge a client from a file made on another laptop</source>
        <translation>Başka bir bilgisayarda yapılmış bir dosyadan kurum ekle ya da birleştir</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+22"/>
        <source>Export Client</source>
        <translation>Kurumu Dışa Aktar</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Select a client to export first.</source>
        <translation>Önce dışa aktarılacak kurumu seçin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client files (*.csmm)</source>
        <translation>Kurum dosyaları (*.csmm)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting %1…</source>
        <translation>%1 dışa aktarılıyor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1 (%2 KB).</source>
        <translation>%1 kaydedildi (%2 KB).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Conflicts from client files</source>
        <translation>Kurum dosyalarından gelen çakışmalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a client first.</source>
        <translation>Önce bir kurum seçin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+51"/>
        <source>Import Client</source>
        <translation>Kurumu İçe Aktar</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Client files (*.csmm);;All files (*)</source>
        <translation>Kurum dosyaları (*.csmm);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking %1…</source>
        <translation>%1 denetleniyor…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing %1…</source>
        <translation>%1 içe aktarılıyor…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1. Added: %2, updated: %3, conflicts: %4.</source>
        <translation>%1 içe aktarıldı. Eklenen: %2, güncellenen: %3, çakışma: %4.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+20"/>
        <source>Client file</source>
        <translation>Kurum dosyası</translation>
    </message>
</context>
<context>
    <name>BundlePreviewDialog</name>
    <message>
        <location line="-364"/>
        <source>Import Client</source>
        <translation>Kurumu İçe Aktar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not here yet: it will be added whole.</source>
        <translation>%1 burada henüz yok: tümüyle eklenecek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is here already: the file will be merged into it.</source>
        <translation>%1 burada zaten var: dosya onunla birleştirilecek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added: %1   Updated: %2   Conflicts: %3   Unchanged: %4</source>
        <translation>Eklenen: %1   Güncellenen: %2   Çakışma: %3   Değişmeyen: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n row(s) deleted on this laptop stay deleted.</source>
        <translation>
            <numerusform>Bu bilgisayarda silinmiş %n satır silinmiş olarak kalır.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Eklenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Güncellenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept (changed here)</source>
        <translation>Korunan (burada değişti)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changed on both sides: the newer change wins (the file&apos;s in %1, this laptop&apos;s in %2). Each is logged and can be reversed.</source>
        <translation>İki tarafta da değişmiş: daha yeni değişiklik geçerli olur (%1 tanesinde dosyanınki, %2 tanesinde bu bilgisayarınki). Her biri günlüğe yazılır ve geri alınabilir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>İçe Aktar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything in the file is here already.</source>
        <translation>Dosyadaki her şey burada zaten var.</translation>
    </message>
</context>
<context>
    <name>BundleTables</name>
    <message>
        <location line="-109"/>
        <source>Client</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots</source>
        <translation>Anlık durumlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondents</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Yanıtlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>Gereksinimler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact reasons</source>
        <translation>Temas nedenleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact volumes</source>
        <translation>Temas hacimleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI&apos;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI values</source>
        <translation>KPI değerleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshops</source>
        <translation>Atölye çalışmaları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Aksiyonlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action history</source>
        <translation>Aksiyon geçmişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage checklist</source>
        <translation>Aşama kontrol listesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS bands</source>
        <translation>NPS bantları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS readings</source>
        <translation>NPS ölçümleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact reason notes</source>
        <translation>Temas nedeni notları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board meetings</source>
        <translation>Kurul toplantıları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback log</source>
        <translation>Geri bildirim kaydı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CX projects</source>
        <translation>MD projeleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CX project history</source>
        <translation>MD proje geçmişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CX project feedback links</source>
        <translation>MD projesi geri bildirim bağlantıları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report key messages</source>
        <translation>Rapor ana mesajları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes of open answers</source>
        <translation>Açık uçlu yanıtların temaları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions not applicable</source>
        <translation>Geçerli olmayan sorular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions not applicable per snapshot</source>
        <translation>Anlık duruma göre geçerli olmayan sorular</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../csmm_desktop/views/chart_view.py" line="+102"/>
        <source>Save chart as PNG or SVG…</source>
        <translation>Grafiği PNG veya SVG olarak kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy chart</source>
        <translation>Grafiği kopyala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chart</source>
        <translation>Grafik yok</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Drawing the chart…</source>
        <translation>Grafik çiziliyor…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The chart could not be drawn.</source>
        <translation>Grafik çizilemedi.</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+15"/>
        <source>Save chart</source>
        <translation>Grafiği kaydet</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG görüntüsü (*.png);;SVG çizimi (*.svg)</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/checklist_tab.py" line="+168"/>
        <location line="+246"/>
        <location filename="../csmm_desktop/views/lazy_tabs.py" line="-24"/>
        <source>Checklist</source>
        <translation>Kontrol listesi</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Select a snapshot to see its stage checklist.</source>
        <translation>Aşama kontrol listesini görmek için bir anlık durum seçin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatically</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By hand</source>
        <translation>Elle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist of the %1 stage</source>
        <translation>%1 aşaması kontrol listesi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 done</source>
        <translation>%1 / %2 tamamlandı</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next workshop: %1</source>
        <translation>Sonraki atölye: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next stage, %1: %2 – %3</source>
        <translation>Sonraki aşama, %1: %2 – %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reached: the next snapshot (%1) was taken on %2.</source>
        <translation>Ulaşıldı: sonraki anlık durum (%1) %2 tarihinde alındı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue: no later snapshot has been taken yet.</source>
        <translation>Gecikti: henüz sonraki bir anlık durum alınmadı.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snapshot</source>
        <translation>Anlık durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>Gereksinimler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment form</source>
        <translation>Değerlendirme formu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Puanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Aksiyonlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI&apos;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshops</source>
        <translation>Atölye çalışmaları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmap</source>
        <translation>Yol haritası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Geri bildirim</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ticked by hand on %1.</source>
        <translation>%1 tarihinde elle işaretlendi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick this by hand once it is done.</source>
        <translation>Tamamlandığında bunu elle işaretleyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked automatically: the report was prepared on %1.</source>
        <translation>Otomatik işaretlendi: rapor %1 tarihinde hazırlandı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticked automatically: the snapshot exists.</source>
        <translation>Otomatik işaretlendi: anlık durum mevcut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks itself once the snapshot exists.</source>
        <translation>Anlık durum oluşturulunca kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked automatically: problems were raised at this snapshot.</source>
        <translation>Otomatik işaretlendi: bu anlık durumda sorunlar tespit edildi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks itself once a problem is raised at this snapshot.</source>
        <translation>Bu anlık durumda bir sorun tespit edilince kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked automatically: requirements were raised at this snapshot.</source>
        <translation>Otomatik işaretlendi: bu anlık durumda gereksinimler tespit edildi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks itself once a requirement is raised at this snapshot.</source>
        <translation>Bu anlık durumda bir gereksinim tespit edilince kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticked automatically: earlier problems were resolved here, or none was left open.</source>
        <translation>Otomatik işaretlendi: önceki sorunlar burada çözüldü ya da açık sorun kalmamıştı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticks itself once a carried-forward problem is marked resolved at this snapshot.</source>
        <translation>Önceki anlık durumlardan devreden bir sorun bu anlık durumda çözüldü olarak işaretlenince kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticked automatically: earlier requirements were solved here, or none was left open.</source>
        <translation>Otomatik işaretlendi: önceki gereksinimler burada karşılandı ya da açık gereksinim kalmamıştı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticks itself once a carried-forward requirement is marked solved at this snapshot.</source>
        <translation>Önceki anlık durumlardan devreden bir gereksinim bu anlık durumda karşılandı olarak işaretlenince kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticked automatically: contact volumes were entered.</source>
        <translation>Otomatik işaretlendi: temas hacimleri girildi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks itself once contact volumes are entered for this snapshot.</source>
        <translation>Bu anlık durum için temas hacimleri girilince kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticked automatically: a respondent has answered at least %1 of their questions.</source>
        <translation>Otomatik işaretlendi: bir katılımcı sorularını en az %1 oranında yanıtladı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticks itself once a respondent has answered %1 of their questions.</source>
        <translation>Bir katılımcı sorularını %1 oranında yanıtlayınca kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked automatically: the overall score can be calculated.</source>
        <translation>Otomatik işaretlendi: genel puan hesaplanabiliyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks itself once the answers give an overall score.</source>
        <translation>Yanıtlardan genel puan hesaplanabilince kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked automatically: actions were defined at this snapshot.</source>
        <translation>Otomatik işaretlendi: bu anlık durumda aksiyonlar belirlendi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks itself once an action is defined at this snapshot.</source>
        <translation>Bu anlık durumda bir aksiyon belirlenince kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked automatically: actions are due within 3 months of the snapshot.</source>
        <translation>Otomatik işaretlendi: hedef tarihi anlık durumdan sonraki 3 ay içinde olan aksiyonlar var.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks itself once an action is due within 3 months of the snapshot.</source>
        <translation>Bir aksiyonun hedef tarihi anlık durumdan sonraki 3 ay içine düşünce kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked automatically: a critical KPI has a value at this snapshot.</source>
        <translation>Otomatik işaretlendi: kritik bir KPI&apos;nın bu anlık durumda değeri var.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks itself once a critical KPI has a value at this snapshot.</source>
        <translation>Kritik bir KPI&apos;ya bu anlık durumda değer girilince kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked automatically: a workshop was held at this snapshot.</source>
        <translation>Otomatik işaretlendi: bu anlık durumda bir atölye çalışması yapıldı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks itself once a workshop is recorded at this snapshot.</source>
        <translation>Bu anlık durumda bir atölye çalışması kaydedilince kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked automatically: feedback was recorded on an action.</source>
        <translation>Otomatik işaretlendi: bir aksiyon için geri bildirim kaydedildi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks itself once feedback is recorded on an action of this snapshot.</source>
        <translation>Bu anlık durumun bir aksiyonu için geri bildirim kaydedilince kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticks itself once the snapshot report is written.</source>
        <translation>Anlık durum raporu hazırlanınca kendiliğinden işaretlenir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go to %1</source>
        <translation>%1 ekranını &amp;aç</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Go</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the screen that does this (Enter)</source>
        <translation>Bu işin yapıldığı ekranı açar (Enter)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>To do</source>
        <translation>Yapılacak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticked</source>
        <translation>İşaretleme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screen</source>
        <translation>Ekran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic items tick themselves from the data; tick the others by hand. Double-click an item or press Enter to open its screen.</source>
        <translation>Otomatik adımlar verilere göre kendiliğinden işaretlenir; diğerlerini elle işaretleyin. Bir adımın ekranını açmak için üzerine çift tıklayın ya da Enter&apos;a basın.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../csmm_desktop/views/client_dialog.py" line="+30"/>
        <source>Edit client</source>
        <translation>Kurumu düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>Yeni kurum</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../csmm_desktop/views/client_panel.py" line="+599"/>
        <source>Add a snapshot to record an assessment.</source>
        <translation>Bir değerlendirme kaydetmek için anlık durum ekleyin.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Overall score %1 (%2) · assessed level: %3 · coverage %4 · NPS %5 (%6)</source>
        <translation>Genel puan %1 (%2) · değerlendirilen seviye: %3 · yanıt kapsamı %4 · NPS %5 (%6)</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>All roles</source>
        <translation>Tüm roller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not started</source>
        <translation>Başlanmadı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>The filter hides every snapshot.</source>
        <translation>Filtre tüm anlık durumları gizliyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a snapshot to see its respondents and scores.</source>
        <translation>Katılımcılarını ve puanlarını görmek için bir anlık durum seçin.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading %1 respondents…</source>
        <translation>%1 katılımcı yükleniyor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+49"/>
        <source>Loading the snapshot</source>
        <translation>Anlık durum yükleniyor</translation>
    </message>
    <message>
        <location line="-537"/>
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
        <location line="+73"/>
        <source>Coverage</source>
        <translation>Yanıt kapsamı</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Consultant</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>ConflictsDialog</name>
    <message>
        <location filename="../csmm_desktop/views/bundle_flow.py" line="+101"/>
        <source>Conflicts from client files</source>
        <translation>Kurum dosyalarından gelen çakışmalar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows changed both here and in an imported client file. The newer change was kept; you can put the other version back.</source>
        <translation>Hem burada hem de içe aktarılan bir kurum dosyasında değişmiş satırlar. Daha yeni değişiklik korundu; öbür sürümü geri koyabilirsiniz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differs in</source>
        <translation>Farklı alanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In place</source>
        <translation>Geçerli olan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put the other version back</source>
        <translation>Öbür sürümü geri koy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this laptop&apos;s</source>
        <translation>bu bilgisayarınki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file&apos;s</source>
        <translation>dosyanınki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(reversed)</source>
        <translation>(geri alındı)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No conflicts: every import merged without one.</source>
        <translation>Çakışma yok: her içe aktarma çakışmasız birleşti.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../csmm_desktop/views/crash_dialog.py" line="+210"/>
        <source>Something went wrong</source>
        <translation>Bir sorun oluştu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside CSMM Desktop. What was saved before is kept; the last action may not have been completed. The details were written to the log file:
%1</source>
        <translation>CSMM Desktop uygulamasında beklenmeyen bir sorun oluştu. Daha önce kaydedilen her şey korunuyor; son işlem tamamlanmamış olabilir. Ayrıntılar günlük dosyasına yazıldı:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong inside CSMM Desktop. What was saved before is kept; the last action may not have been completed. The log file could not be written: copy the details below before closing this window.</source>
        <translation>CSMM Desktop uygulamasında beklenmeyen bir sorun oluştu. Daha önce kaydedilen her şey korunuyor; son işlem tamamlanmamış olabilir. Günlük dosyası yazılamadı: bu pencereyi kapatmadan önce aşağıdaki ayrıntıları kopyalayın.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy Details</source>
        <translation>Ayrıntıları kopyala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Log Folder</source>
        <translation>Günlük klasörünü aç</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n more error(s) happened since; their details are below.</source>
        <translation>
            <numerusform>Bu arada %n hata daha oluştu; ayrıntıları aşağıdadır.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Log folder</source>
        <translation>Günlük klasörü</translation>
    </message>
</context>
<context>
    <name>CxBandsDialog</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/bands_dialog.py" line="+42"/>
        <location filename="../ui/cx_bands_dialog.ui" line="+6"/>
        <source>NPS bands</source>
        <translation>NPS bantları</translation>
    </message>
    <message>
        <location filename="../ui/cx_bands_dialog.ui" line="+12"/>
        <source>&amp;Acceptable from:</source>
        <translation>Kabul &amp;edilebilir bandı başlangıcı:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>S&amp;trong from:</source>
        <translation>&amp;Güçlü bandı başlangıcı:</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The NPS runs from −100 to +100. Below &quot;acceptable&quot; it is weak; from &quot;strong&quot; on it is strong. Agree the limits with the client&apos;s management.</source>
        <translation>NPS, −100 ile +100 arasında değişir. “Kabul edilebilir” sınırının altı zayıf, “güçlü” sınırı ve üstü güçlüdür. Sınırları kurumun yönetimiyle birlikte belirleyin.</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/cxboard/bands_dialog.py" line="+5"/>
        <source>“Acceptable” must start below “strong”.</source>
        <translation>“Kabul edilebilir” sınırı, “güçlü” sınırından düşük olmalıdır.</translation>
    </message>
</context>
<context>
    <name>CxBoardTab</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/board_tab.py" line="+77"/>
        <location filename="../csmm_desktop/views/lazy_tabs.py" line="+36"/>
        <source>CX board</source>
        <translation>MD kurulu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a client to see its Customer Experience board.</source>
        <translation>Müşteri deneyimi kurulunu görmek için bir kurum seçin.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Overview / NPS</source>
        <translation>Genel bakış / NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact reasons</source>
        <translation>Temas nedenleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Toplantılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback log</source>
        <translation>Geri bildirim kaydı</translation>
    </message>
</context>
<context>
    <name>CxFeedbackDialog</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/feedback_dialog.py" line="+76"/>
        <source>Edit feedback</source>
        <translation>Geri bildirimi düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New feedback</source>
        <translation>Yeni geri bildirim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write down what was said.</source>
        <translation>Söylenenleri yazın.</translation>
    </message>
    <message>
        <location filename="../ui/cx_feedback_dialog.ui" line="+6"/>
        <source>Feedback</source>
        <translation>Geri bildirim</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Source:</source>
        <translation>&amp;Kaynak:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;What the customer (or mystery shopper, or employee) said:</source>
        <translation>Müşterinin (ya da gizli müşterinin veya çalışanın) &amp;söyledikleri:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Linked CX projects (tick the ones this feedback feeds):</source>
        <translation>&amp;Bağlı MD projeleri (bu geri bildirimin katkı sağladıklarını işaretleyin):</translation>
    </message>
</context>
<context>
    <name>CxFeedbackPage</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/feedback_page.py" line="+123"/>
        <source>Edit feedback</source>
        <translation>Geri bildirimi düzenle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete the feedback of %1: “%2”? Projects nominated from it stay.</source>
        <translation>%1 tarihli geri bildirim silinsin mi: “%2”? Bu geri bildirimden aday gösterilen projeler silinmez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete feedback</source>
        <translation>Geri bildirimi sil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A project nominated from the feedback of %1; it stays linked to the entry.</source>
        <translation>%1 tarihli geri bildirimden aday gösterilen bir proje; bu kayıtla bağlantılı kalır.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All sources</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said</source>
        <translation>Söylenenler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%n kayıttan %1 tanesi gösteriliyor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Add feedback…</source>
        <translation>Geri bildirim ekle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit or link feedback…</source>
        <translation>Geri bildirimi düzenle veya bağla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete feedback…</source>
        <translation>Geri bildirimi sil…</translation>
    </message>
    <message>
        <location filename="../ui/cx_feedback_page.ui" line="+10"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Kaynak:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Add feedback…</source>
        <translation>&amp;Geri bildirim ekle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit or link…</source>
        <translation>Düz&amp;enle veya bağla…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nominate a project from this entry…</source>
        <translation>Bu kayıttan &amp;proje aday göster…</translation>
    </message>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/cxboard/feedback_page.py" line="-98"/>
        <source>%1 of %n entries shown, newest first</source>
        <translation>
            <numerusform>%n kayıttan %1 tanesi gösteriliyor, en yenisi önce</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CxMeetingDialog</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/meeting_dialog.py" line="+113"/>
        <location line="+107"/>
        <source>Other items</source>
        <translation>Diğer maddeler</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>New item</source>
        <translation>Yeni madde</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 meetings last %2 to %3 minutes.</source>
        <translation>%1 toplantısı %2 ile %3 dakika arasında sürer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit board meeting</source>
        <translation>Kurul toplantısını düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record board meeting</source>
        <translation>Kurul toplantısını kaydet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../ui/cx_meeting_dialog.ui" line="+6"/>
        <source>Board meeting</source>
        <translation>Kurul toplantısı</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Kind:</source>
        <translation>Tü&amp;r:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>D&amp;uration:</source>
        <translation>&amp;Süre:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A&amp;ttendees (one per line):</source>
        <translation>&amp;Katılanlar (her satıra bir kişi):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>D&amp;ecisions (one per line):</source>
        <translation>K&amp;ararlar (her satıra bir karar):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Minutes:</source>
        <translation>Toplantı t&amp;utanağı:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A&amp;genda (double-click an item to change its text):</source>
        <translation>&amp;Gündem (bir maddenin metnini değiştirmek için üzerine çift tıklayın):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add &amp;item</source>
        <translation>Madde &amp;ekle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove item</source>
        <translation>Maddeyi ka&amp;ldır</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Prepare again from the data</source>
        <translation>Verilerden yeniden &amp;hazırla</translation>
    </message>
</context>
<context>
    <name>CxMeetingsPage</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/meetings_page.py" line="+81"/>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(overdue)</source>
        <translation>(gecikmiş)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2 minutes. %3</source>
        <translation>%1–%2 dakika. %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Other items</source>
        <translation>Diğer maddeler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No meeting recorded yet: record the proposed one.</source>
        <translation>Henüz kaydedilmiş toplantı yok: önerilen toplantıyı kaydedin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · %3 minutes</source>
        <translation>%1 · %2 · %3 dakika</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendees:</source>
        <translation>Katılanlar:</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+85"/>
        <source>Decisions</source>
        <translation>Kararlar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes:</source>
        <translation>Toplantı tutanağı:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda</source>
        <translation>Gündem</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit board meeting</source>
        <translation>Kurul toplantısını düzenle</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete the %1 meeting of %2 with its agenda, decisions and minutes? Projects nominated there stay.</source>
        <translation>%2 tarihli %1 toplantısı gündemi, kararları ve toplantı tutanağıyla birlikte silinsin mi? Bu toplantıda aday gösterilen projeler silinmez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete board meeting</source>
        <translation>Kurul toplantısını sil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+43"/>
        <location line="+5"/>
        <source>Export handout</source>
        <translation>Çıktıyı dışa aktar</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF belgesi (*.pdf)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exporting the handout… %1</source>
        <translation>Çıktı dışa aktarılıyor… %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The handout was saved as:
%1</source>
        <translation>Çıktı şu adla kaydedildi:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file</source>
        <translation>Dosyayı aç</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length</source>
        <translation>Süre</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Record the proposed meeting…</source>
        <translation>Önerilen toplantıyı kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit meeting…</source>
        <translation>Toplantıyı düzenle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete meeting…</source>
        <translation>Toplantıyı sil…</translation>
    </message>
    <message>
        <location filename="../ui/cx_meetings_page.ui" line="+11"/>
        <source>Next meeting (proposed)</source>
        <translation>Sonraki toplantı (önerilen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Record this meeting…</source>
        <translation>Bu toplantıyı &amp;kaydet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Past meetings, newest first</source>
        <translation>Geçmiş toplantılar, en yenisi önce</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Edit…</source>
        <translation>Düz&amp;enle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;handout…</source>
        <translation>Çıktıyı &amp;dışa aktar…</translation>
    </message>
</context>
<context>
    <name>CxNpsCountsDialog</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/nps_counts_dialog.py" line="+87"/>
        <source>Change survey counts</source>
        <translation>Anket sayılarını değiştir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add survey counts</source>
        <translation>Anket sayılarını ekle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detractors</source>
        <translation>Kötüleyenler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passives</source>
        <translation>Pasifler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promoters</source>
        <translation>Destekçiler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type how many customers gave each score.</source>
        <translation>Her puanı kaç müşterinin verdiğini yazın.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This month already has a reading: saving replaces it.</source>
        <translation>Bu ay için zaten bir ölçüm var: kaydederseniz mevcut ölçümün yerini alır.</translation>
    </message>
    <message>
        <location filename="../ui/cx_nps_counts_dialog.ui" line="+6"/>
        <source>Survey counts</source>
        <translation>Anket sayıları</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Month:</source>
        <translation>&amp;Ay:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the answers come from, e.g. the monthly SMS survey</source>
        <translation>Yanıtların kaynağı, örneğin aylık SMS anketi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many customers answered each score (0 = not at all likely to recommend, 10 = extremely likely)</source>
        <translation>Her puanı veren müşteri sayısı (0 = tavsiye etme olasılığı hiç yok, 10 = tavsiye etme olasılığı çok yüksek)</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/cxboard/nps_counts_dialog.py" line="-14"/>
        <source>%1: %2, %3, %4. NPS %5 (%6).</source>
        <translation>%1: %2, %3, %4. NPS %5 (%6).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n yanıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n promoter(s)</source>
        <translation>
            <numerusform>%n destekçi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passive(s)</source>
        <translation>
            <numerusform>%n pasif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n detractor(s)</source>
        <translation>
            <numerusform>%n kötüleyen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CxNpsPage</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/nps_page.py" line="+128"/>
        <source>%1 snapshot</source>
        <translation>%1 anlık durumu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a snapshot to take the NPS of its client answers.</source>
        <translation>Müşteri yanıtlarındaki NPS&apos;i almak için bir anlık durum seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“From snapshot” takes the NPS of the client answers of the %1 snapshot (%2).</source>
        <translation>“Anlık durumdan”, %1 anlık durumundaki (%2) müşteri yanıtlarının NPS&apos;ini alır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reading yet: add the counts of the client&apos;s own survey, or take a snapshot&apos;s.</source>
        <translation>Henüz ölçüm yok: kurumun kendi anketindeki sayıları ekleyin ya da bir anlık durumun NPS&apos;ini alın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a snapshot first.</source>
        <translation>Önce bir anlık durum seçin.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>NPS by month</source>
        <translation>Aylara göre NPS</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Take the NPS of %1 again from the snapshot&apos;s client answers (answers added since then count too)?</source>
        <translation>%1 ayının NPS&apos;i anlık durumun müşteri yanıtlarından yeniden alınsın mı (o tarihten sonra eklenen yanıtlar da hesaba katılır)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update from the snapshot</source>
        <translation>Anlık durumdan güncelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Güncelle</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>NPS from the snapshot</source>
        <translation>Anlık durumdan NPS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already has an NPS reading (%2). Replace it with the NPS of the %3 snapshot&apos;s client answers?</source>
        <translation>%1 ayının zaten bir NPS ölçümü var (%2). Bu ölçüm, %3 anlık durumundaki müşteri yanıtlarının NPS&apos;iyle değiştirilsin mi?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the NPS reading of %1 (NPS %2)?</source>
        <translation>%1 ayının NPS ölçümü (NPS %2) silinsin mi?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete NPS reading</source>
        <translation>NPS ölçümünü sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Band</source>
        <translation>Bant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers</source>
        <translation>Yanıtlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Add survey counts…</source>
        <translation>Anket sayılarını ekle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change reading…</source>
        <translation>Ölçümü değiştir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete reading…</source>
        <translation>Ölçümü sil…</translation>
    </message>
    <message>
        <location filename="../ui/cx_nps_page.ui" line="+35"/>
        <source>&amp;Add survey counts…</source>
        <translation>An&amp;ket sayılarını ekle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From &amp;snapshot</source>
        <translation>&amp;Anlık durumdan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>Düz&amp;enle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NPS &amp;bands…</source>
        <translation>NPS &amp;bantları…</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/cxboard/nps_page.py" line="-217"/>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n yanıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n promoter(s)</source>
        <translation>
            <numerusform>%n destekçi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passive(s)</source>
        <translation>
            <numerusform>%n pasif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n detractor(s)</source>
        <translation>
            <numerusform>%n kötüleyen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bands: weak below %1, acceptable from %1, strong from %2.</source>
        <translation>Bantlar: %1 altı zayıf, %1 ve üstü kabul edilebilir, %2 ve üstü güçlü.</translation>
    </message>
</context>
<context>
    <name>CxProjectDialog</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/project_dialog.py" line="+109"/>
        <source>Edit CX project</source>
        <translation>MD projesini düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominate a CX project</source>
        <translation>MD projesi aday göster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 (highest)</source>
        <translation>1 (en yüksek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 (lowest)</source>
        <translation>5 (en düşük)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— no topic —</source>
        <translation>— konu yok —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— no KPI —</source>
        <translation>— KPI yok —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— no board meeting —</source>
        <translation>— kurul toplantısı yok —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is wrong for the customer today, and what should change.</source>
        <translation>Bugün müşteri açısından ne yanlış gidiyor ve ne değişmeli.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A CX project needs a title.</source>
        <translation>MD projesi için başlık girilmelidir.</translation>
    </message>
    <message>
        <location filename="../ui/cx_project_dialog.ui" line="+6"/>
        <source>CX project</source>
        <translation>MD projesi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Source:</source>
        <translation>Ka&amp;ynak:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stat&amp;us:</source>
        <translation>D&amp;urum:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Priority:</source>
        <translation>Önc&amp;elik:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Sorumlu:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>D&amp;ue date:</source>
        <translation>Hedef &amp;tarih:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Konu:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;KPI:</source>
        <translation>K&amp;PI:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nominated &amp;at:</source>
        <translation>&amp;Aday gösterildiği toplantı:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Desc&amp;ription:</source>
        <translation>Açık&amp;lama:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;cope:</source>
        <translation>Kapsa&amp;m:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>P&amp;lanned solution:</source>
        <translation>Planlanan çö&amp;züm:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Next steps:</source>
        <translation>Sonraki a&amp;dımlar:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No&amp;te on this change (kept in the project&apos;s history):</source>
        <translation>Bu değişiklik hakkında &amp;not (projenin geçmişinde saklanır):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why it changes: the board&apos;s decision, a revised scope or timing…</source>
        <translation>Neden değişiyor: kurulun kararı, revize edilen kapsam ya da zamanlama…</translation>
    </message>
</context>
<context>
    <name>CxProjectHistory</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/project_history.py" line="+24"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Hedef tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Kapsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned solution</source>
        <translation>Planlanan çözüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Sonraki adımlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact reason</source>
        <translation>Temas nedeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Geri bildirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominated at</source>
        <translation>Aday gösterildiği toplantı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominated on</source>
        <translation>Aday gösterilme tarihi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nominated</source>
        <translation>Aday gösterildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Değiştirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scope</source>
        <translation>kapsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solution</source>
        <translation>çözüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timing</source>
        <translation>zamanlama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>öncelik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next steps</source>
        <translation>sonraki adımlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details</source>
        <translation>ayrıntılar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(deleted)</source>
        <translation>(silindi)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>KPI: %1</source>
        <translation>KPI: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revised: %1</source>
        <translation>Revize edildi: %1</translation>
    </message>
</context>
<context>
    <name>CxProjectsPage</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/projects_page.py" line="+110"/>
        <source>%1
(overdue)</source>
        <translation>%1
(gecikmiş)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Edit CX project</source>
        <translation>MD projesini düzenle</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete CX project</source>
        <translation>MD projesini sil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open projects</source>
        <translation>Açık projeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All projects</source>
        <translation>Tüm projeler</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status today</source>
        <translation>Bugünkü durum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>Hedef tarih</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Topic / KPI</source>
        <translation>Konu / KPI</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nominate a project…</source>
        <translation>Proje aday göster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit project…</source>
        <translation>Projeyi düzenle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete project…</source>
        <translation>Projeyi sil…</translation>
    </message>
    <message>
        <location filename="../ui/cx_projects_page.ui" line="+10"/>
        <source>S&amp;how:</source>
        <translation>&amp;Göster:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Nominate a project…</source>
        <translation>&amp;Proje aday göster…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>Düz&amp;enle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History of the selected project (scope, solution and timing revisions), newest first</source>
        <translation>Seçili projenin geçmişi (kapsam, çözüm ve zamanlama revizyonları), en yenisi önce</translation>
    </message>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/cxboard/projects_page.py" line="-91"/>
        <source>%1 of %n project(s) shown</source>
        <translation>
            <numerusform>%n projeden %1 tanesi gösteriliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Delete the CX project “%1” with its history of %n revision(s)? Feedback linked to it stays, without the link.</source>
        <translation>
            <numerusform>“%1” MD projesi, %n revizyonluk geçmişiyle birlikte silinsin mi? Ona bağlı geri bildirimler silinmez, yalnızca bağlantıları kalkar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CxReasonNoteDialog</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/reason_note_dialog.py" line="+50"/>
        <source>Note on “%1”</source>
        <translation>“%1” hakkında not</translation>
    </message>
    <message>
        <location filename="../ui/cx_reason_note_dialog.ui" line="+6"/>
        <source>Note on a contact reason</source>
        <translation>Temas nedeni hakkında not</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Emotions: what customers feel when they contact you for this:</source>
        <translation>&amp;Duygular: müşterilerin bu nedenle sizinle temasa geçtiklerinde hissettikleri:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Pain points: where the process hurts them:</source>
        <translation>&amp;Sıkıntı noktaları: sürecin onları zorladığı yerler:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave both empty to remove the note.</source>
        <translation>Notu kaldırmak için ikisini de boş bırakın.</translation>
    </message>
</context>
<context>
    <name>CxReasonsPage</name>
    <message>
        <location filename="../csmm_desktop/views/cxboard/reasons_page.py" line="+90"/>
        <source>▲ Run-up</source>
        <translation>▲ Hızlı artış</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Noted</source>
        <translation>Not var</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No contact volumes by reason yet: enter them on the Numbers tab (by month and reason).</source>
        <translation>Henüz nedene göre temas hacmi yok: bunları Rakamlar sekmesinde (aya ve nedene göre) girin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change: since %1.</source>
        <translation>Değişim: %1 ayına göre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 → %3 (%4, %5)</source>
        <translation>%1: %2 → %3 (%4, %5)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No contact reason grew in this month.</source>
        <translation>Bu ay artış gösteren temas nedeni yok.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No note yet. Press Enter or “Edit note…” to write down what customers feel when they contact you for this, and where it hurts.</source>
        <translation>Henüz not yok. Müşterilerin bu nedenle sizinle temasa geçtiklerinde neler hissettiklerini ve nerede zorlandıklarını yazmak için Enter&apos;a ya da “Notu düzenle…” düğmesine basın.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emotions</source>
        <translation>Duygular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>Sıkıntı noktaları</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove the note on “%1”?</source>
        <translation>“%1” hakkındaki not kaldırılsın mı?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove note</source>
        <translation>Notu kaldır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A project nominated from the contact reason “%1”. Left empty, the description says where the reason stands on the board and what its note says.</source>
        <translation>“%1” temas nedeninden aday gösterilen bir proje. Açıklama boş bırakılırsa, nedenin kuruldaki durumu ve notunda yazanlar açıklamaya eklenir.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact reason</source>
        <translation>Temas nedeni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run-up</source>
        <translation>Hızlı artış</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Nominate a project from this reason…</source>
        <translation>Bu nedenden proje aday göster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note…</source>
        <translation>Notu düzenle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove note…</source>
        <translation>Notu kaldır…</translation>
    </message>
    <message>
        <location filename="../ui/cx_reasons_page.ui" line="+10"/>
        <source>&amp;Month:</source>
        <translation>&amp;Ay:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Edit &amp;note…</source>
        <translation>&amp;Notu düzenle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nominate a project from this reason…</source>
        <translation>Bu nedenden &amp;proje aday göster…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Emotions and pain points</source>
        <translation>Duygular ve sıkıntı noktaları</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run-ups: fastest growing since the month before</source>
        <translation>Hızlı artışlar: önceki aya göre en hızlı artanlar</translation>
    </message>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/cxboard/reasons_page.py" line="-134"/>
        <source>%Ln contact(s) with a reason in %1; the top 10 are %2 of them.</source>
        <translation>
            <numerusform>%1 ayında nedeni belirtilmiş %Ln temas var; ilk 10 nedenin payı %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../csmm_desktop/views/dashboard.py" line="+38"/>
        <source>Sections by snapshot</source>
        <translation>Anlık durumlara göre bölümler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radar of the sections</source>
        <translation>Bölümlerin radar grafiği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall score and levels</source>
        <translation>Genel puan ve seviyeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic heat map</source>
        <translation>Konu ısı haritası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management vs employees</source>
        <translation>Yönetim ve çalışanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score</source>
        <translation>Net Tavsiye Skoru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS over time</source>
        <translation>NPS&apos;in seyri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall = plain mean of the review scores.</source>
        <translation>Genel = değerlendirme puanlarının basit ortalaması.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review = plain mean of its section scores.</source>
        <translation>Değerlendirme = bölüm puanlarının basit ortalaması.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section = mean of its topic scores, each weighted by its number of scored questions.</source>
        <translation>Bölüm = konu puanlarının, her konunun puanlanan soru sayısıyla ağırlıklandırılmış ortalaması.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section = mean of its topic scores, each weighted by the sum of its scored questions&apos; weights.</source>
        <translation>Bölüm = konu puanlarının, her konunun puanlanan sorularının ağırlıklarının toplamıyla ağırlıklandırılmış ortalaması.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Topic = mean of each respondent&apos;s weighted mean answer (weighted by the questions&apos; weights; N/A and blanks left out).</source>
        <translation>Konu = her katılımcının ağırlıklı ortalama yanıtının ortalaması (soruların ağırlıklarıyla ağırlıklı; Geçerli değil ve boş yanıtlar hesaba katılmaz).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Topic = mean of the management and the employee scores; gap = management − employee.</source>
        <translation>Konu = yönetim ve çalışan puanlarının ortalaması; algı farkı = yönetim − çalışan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic = mean of each respondent&apos;s mean answer (N/A and blanks left out).</source>
        <translation>Konu = her katılımcının ortalama yanıtının ortalaması (Geçerli değil ve boş yanıtlar hariç).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard.ui" line="+12"/>
        <source>Assessed level</source>
        <translation>Değerlendirilen seviye</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overall score</source>
        <translation>Genel puan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Coverage</source>
        <translation>Yanıt kapsamı</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Respondents</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&amp;Present full screen</source>
        <translation>&amp;Tam ekran sun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One chart at a time, full screen, for a workshop (F5)</source>
        <translation>Atölye çalışması için tam ekranda her seferinde bir grafik (F5)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Item</source>
        <translation>Öğe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval</source>
        <translation>Güven aralığı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made from</source>
        <translation>Dayanak</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Weakest topics</source>
        <translation>En zayıf konular</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strongest topics</source>
        <translation>En güçlü konular</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../csmm_desktop/views/dashboard.py" line="+95"/>
        <location filename="../csmm_desktop/views/lazy_tabs.py" line="-42"/>
        <source>Dashboard</source>
        <translation>Gösterge paneli</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All earlier snapshots</source>
        <translation>Önceki tüm anlık durumlar</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>indicative: see why below</source>
        <translation>gösterge niteliğinde: gerekçesi aşağıda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 answers</source>
        <translation>%1 / %2 yanıt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(%1 more: point at the level, or select Overall below)</source>
        <translation>(%1 gerekçe daha: seviyenin üzerine gelin ya da aşağıda Genel&apos;i seçin)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>since %1</source>
        <translation>%1 anlık durumundan bu yana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first snapshot</source>
        <translation>ilk anlık durum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The form changed between these snapshots:</source>
        <translation>Bu anlık durumlar arasında form değişti:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was answered with form version %2 (this snapshot: %3); compared through the crosswalk: %4 of %5 topics, %6 of %7 sections.</source>
        <translation>%1, %2 form sürümüyle yanıtlandı (bu anlık durum: %3); sürüm eşleştirmesiyle karşılaştırılan: %5 konudan %4, %7 bölümden %6.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was answered with form version %2, which no crosswalk links to this snapshot&apos;s form (%3): its topics and sections are not compared.</source>
        <translation>%1, %2 form sürümüyle yanıtlandı; bu sürümü bu anlık durumun formuna (%3) bağlayan bir sürüm eşleştirmesi yok: konuları ve bölümleri karşılaştırılmaz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not compared (new, dropped or regrouped questions): %1.</source>
        <translation>Karşılaştırılmayanlar (yeni, çıkarılan ya da yeniden gruplanan sorular): %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The overall score and the level are each form&apos;s own.</source>
        <translation>Genel puan ve seviye her formun kendi ölçüsüdür.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overall</source>
        <translation>Genel</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>no answers</source>
        <translation>yanıt yok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N/A: %1</source>
        <translation>Geçerli değil: %1</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Left out (no answers): %1</source>
        <translation>Puana katılmayanlar (yanıt yok): %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 interval</source>
        <translation>%1 güven aralığı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Snapshot shown:</source>
        <translation>&amp;Gösterilen anlık durum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Karşılaştır:</translation>
    </message>
    <message numerus="yes">
        <location line="-247"/>
        <source>%1 %2 (%n respondent(s))</source>
        <translation>
            <numerusform>%1 %2 (%n katılımcı)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n yorum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+191"/>
        <source>%1: %n answer(s) with a score, %2 N/A. Each answer is turned into 0–100 (1–5 scales: (value − 1) / 4; yes / partly / no: 1 / 0.5 / 0; 0–10: value / 10).</source>
        <translation>
            <numerusform>%1: puanlanan %n yanıt, %2 Geçerli değil. Her yanıt 0–100 aralığına çevrilir (1–5 ölçekleri: (değer − 1) / 4; evet / kısmen / hayır: 1 / 0,5 / 0; 0–10: değer / 10).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>External</name>
    <message>
        <location filename="../csmm_desktop/views/external.py" line="+23"/>
        <source>No program on this computer is set up to open %1.
Open it from the file manager instead.</source>
        <translation>Bu bilgisayarda %1 dosyasını açacak bir program tanımlı değil.
Bunun yerine dosya yöneticisinden açın.</translation>
    </message>
</context>
<context>
    <name>FilterEdit</name>
    <message>
        <location filename="../csmm_desktop/views/filter_box.py" line="+39"/>
        <source>Filter this list…</source>
        <translation>Bu listeyi süz…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No row contains “%1”.</source>
        <translation>“%1” içeren satır yok.</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/finding_dialog.py" line="+75"/>
        <location line="+21"/>
        <source>(no topic)</source>
        <translation>(konu yok)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Edit problem</source>
        <translation>Sorunu düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit requirement</source>
        <translation>Gereksinimi düzenle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New problem</source>
        <translation>Yeni sorun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New requirement</source>
        <translation>Yeni gereksinim</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A problem needs a title.</source>
        <translation>Sorun için başlık girilmelidir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A requirement needs a title.</source>
        <translation>Gereksinim için başlık girilmelidir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a topic from the list, or leave it empty.</source>
        <translation>Listeden bir konu seçin ya da boş bırakın.</translation>
    </message>
    <message>
        <location filename="../ui/finding_dialog.ui" line="+6"/>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Konu:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The topic of the assessment form this touches. Type a number or a word to find it.</source>
        <translation>Bunun ilgili olduğu değerlendirme formu konusu. Bulmak için bir numara ya da sözcük yazın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Description:</source>
        <translation>&amp;Açıklama:</translation>
    </message>
</context>
<context>
    <name>FindingsCloseDialog</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/findings_close_dialog.py" line="+34"/>
        <source>Mark problem resolved</source>
        <translation>Sorunu çözüldü olarak işaretle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is resolved at the snapshot %2.</source>
        <translation>“%1”, %2 anlık durumunda çözüldü olarak işaretlenir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was it &amp;resolved?</source>
        <translation>Nasıl çö&amp;züldü?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;resolved</source>
        <translation>Çözüldü olarak &amp;işaretle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark requirement solved</source>
        <translation>Gereksinimi karşılandı olarak işaretle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is solved at the snapshot %2.</source>
        <translation>“%1”, %2 anlık durumunda karşılandı olarak işaretlenir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was it &amp;solved?</source>
        <translation>Nasıl &amp;karşılandı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;solved</source>
        <translation>Karşılandı olarak &amp;işaretle</translation>
    </message>
    <message>
        <location filename="../ui/findings_close_dialog.ui" line="+6"/>
        <source>Mark resolved</source>
        <translation>Çözüldü olarak işaretle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/findings_tab.py" line="+155"/>
        <location filename="../csmm_desktop/views/lazy_tabs.py" line="+12"/>
        <source>Problems and requirements</source>
        <translation>Sorunlar ve gereksinimler</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select a snapshot to see its problems and requirements.</source>
        <translation>Sorunları ve gereksinimleri görmek için bir anlık durum seçin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open problems carried forward from earlier snapshots</source>
        <translation>Önceki anlık durumlardan devreden açık sorunlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems raised at this snapshot</source>
        <translation>Bu anlık durumda tespit edilen sorunlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems resolved at this snapshot</source>
        <translation>Bu anlık durumda çözülen sorunlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open requirements carried forward from earlier snapshots</source>
        <translation>Önceki anlık durumlardan devreden açık gereksinimler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements raised at this snapshot</source>
        <translation>Bu anlık durumda tespit edilen gereksinimler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements solved at this snapshot</source>
        <translation>Bu anlık durumda karşılanan gereksinimler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolved</source>
        <translation>Çözüldü</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solved</source>
        <translation>Karşılandı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved later: %1</source>
        <translation>Daha sonra çözüldü: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solved later: %1</source>
        <translation>Daha sonra karşılandı: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved at %1:</source>
        <translation>Çözüldü (%1):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solved at %1:</source>
        <translation>Karşılandı (%1):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a row to read its description.</source>
        <translation>Açıklamasını okumak için bir satır seçin.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Delete problem</source>
        <translation>Sorunu sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the problem “%1” from every snapshot? This cannot be undone.</source>
        <translation>“%1” sorunu tüm anlık durumlardan silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete requirement</source>
        <translation>Gereksinimi sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the requirement “%1” from every snapshot? This cannot be undone.</source>
        <translation>“%1” gereksinimi tüm anlık durumlardan silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reopen problem</source>
        <translation>Sorunu yeniden aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the problem “%1”? Its resolution note is removed.</source>
        <translation>“%1” sorunu yeniden açılsın mı? Çözüm notu silinir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen requirement</source>
        <translation>Gereksinimi yeniden aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the requirement “%1”? Its solution note is removed.</source>
        <translation>“%1” gereksinimi yeniden açılsın mı? Karşılanma notu silinir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Yeniden aç</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Problems</source>
        <translation>&amp;Sorunlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quirements</source>
        <translation>Gere&amp;ksinimler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Problems · %1 open</source>
        <translation>&amp;Sorunlar · %1 açık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quirements · %1 open</source>
        <translation>Gere&amp;ksinimler · %1 açık</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add problem…</source>
        <translation>Sorun &amp;ekle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add requirement…</source>
        <translation>Gereksinim &amp;ekle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add one (Insert)</source>
        <translation>Yeni ekle (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;resolved…</source>
        <translation>Çözüldü olarak &amp;işaretle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark &amp;solved…</source>
        <translation>Karşılandı olarak &amp;işaretle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark it resolved at this snapshot, with a note</source>
        <translation>Bu anlık durumda, bir notla çözüldü olarak işaretle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark it solved at this snapshot, with a note</source>
        <translation>Bu anlık durumda, bir notla karşılandı olarak işaretle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised at</source>
        <translation>Tespit edildiği</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it…</source>
        <translation>Düze&amp;nle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected row (Enter)</source>
        <translation>Seçili satırı düzenle (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>Yeniden &amp;aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te…</source>
        <translation>Si&amp;l…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected row (Delete)</source>
        <translation>Seçili satırı sil (Delete)</translation>
    </message>
</context>
<context>
    <name>FormsDialog</name>
    <message>
        <location filename="../csmm_desktop/views/forms_dialog.py" line="+40"/>
        <source>same</source>
        <translation>aynı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-worded</source>
        <translation>yeniden ifade edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>taşındı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split</source>
        <translation>bölündü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>birleştirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>çıkarıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+25"/>
        <location line="+26"/>
        <source>Forms</source>
        <translation>Formlar</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>İçe aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for new snapshots</source>
        <translation>Yeni anlık durumlarda kullan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A snapshot keeps the form version it was created with. Import a workbook exported here, edited, with a new version in its sheet “settings”.</source>
        <translation>Bir anlık durum, oluşturulduğu form sürümünü korur. Buradan dışa aktarılıp düzenlenmiş, “settings” sayfasında yeni bir sürüm taşıyan bir çalışma kitabını içe aktarın.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>custom</source>
        <translation>özel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bundled</source>
        <translation>uygulamayla gelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>varsayılan</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Crosswalk</source>
        <translation>Sürüm eşleştirmesi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to form version %1</source>
        <translation>%1 form sürümüne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import form</source>
        <translation>Form içe aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Form version %1 was imported.</source>
        <translation>%1 form sürümü içe aktarıldı.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export form</source>
        <translation>Form dışa aktar</translation>
    </message>
</context>
<context>
    <name>FormsSettings</name>
    <message>
        <location line="+41"/>
        <source>Forms…</source>
        <translation>Formlar…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../csmm_desktop/views/help.py" line="+518"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Kullanım kılavuzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Klavye &amp;kısayolları</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location line="-288"/>
        <location line="+54"/>
        <source>User Guide</source>
        <translation>Kullanım kılavuzu</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Not found</source>
        <translation>Bulunamadı</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt; Back</source>
        <translation>&lt; Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward &gt;</source>
        <translation>İleri &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>İçindekiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in page (Ctrl+F)</source>
        <translation>Sayfada bul (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../csmm_desktop/views/import_dialog.py" line="+64"/>
        <location line="+36"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1 cannot be imported. Nothing was changed. Correct the file and try again:</source>
        <translation>%1 içe aktarılamıyor. Hiçbir şey değiştirilmedi. Dosyayı düzeltip yeniden deneyin:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Replace %1 and import</source>
        <translation>%1 katılımcıyı değiştir ve içe aktar</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+18"/>
        <source>Read from the sheet “%1”.</source>
        <translation>“%1” sayfasından okundu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read from the sheet “%1”; the other sheets (%2) were not read.</source>
        <translation>“%1” sayfasından okundu; diğer sayfalar (%2) okunmadı.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>row %1: %2</source>
        <translation>satır %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.ui" line="+6"/>
        <source>Import responses</source>
        <translation>Yanıtları içe aktar</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/import_dialog.py" line="-65"/>
        <source>%1 (%2) with %3 will be added from %4.</source>
        <translation>%4 dosyasından %1 (%2) ve toplam %3 eklenecek.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n katılımcı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln yanıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n of these respondents are already in this snapshot. Replacing them deletes their answers and imports the file&apos;s instead; this cannot be undone (the automatic backups keep older copies).</source>
        <translation>
            <numerusform>Bu katılımcılardan %n tanesi bu anlık durumda zaten var. Değiştirirseniz mevcut yanıtları silinir ve yerine dosyadaki yanıtlar içe aktarılır; bu işlem geri alınamaz (otomatik yedekler eski kopyaları saklar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../csmm_desktop/views/import_flow.py" line="+119"/>
        <location line="+21"/>
        <location line="+67"/>
        <source>Import responses</source>
        <translation>Yanıtları içe aktar</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Response files (*.csv *.xlsx);;All files (*)</source>
        <translation>Yanıt dosyaları (*.csv *.xlsx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1…</source>
        <translation>%1 dosyası denetleniyor…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importing %1…</source>
        <translation>%1 dosyası içe aktarılıyor…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Importing responses…</source>
        <translation>Yanıtlar içe aktarılıyor…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>İçe aktarma iptal edildi; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n respondent(s).</source>
        <translation>
            <numerusform>%n katılımcı içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them were replaced.</source>
        <translation>
            <numerusform>Bunlardan %n tanesi mevcut katılımcıların yerini aldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyMessagesDialog</name>
    <message>
        <location filename="../csmm_desktop/views/report_settings.py" line="+294"/>
        <source>Key messages</source>
        <translation>Ana mesajlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own words for the executive summary of this snapshot&apos;s report, in the report&apos;s language (optional; one paragraph per line).</source>
        <translation>Bu anlık durumun raporundaki yönetici özeti için kendi sözleriniz, raporun dilinde (isteğe bağlı; her satır bir paragraf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report version</source>
        <translation>Rapor sürümü</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations on the summary, in this order (at most %1): tick, untick and move them; the ranking proposes the first ones.</source>
        <translation>Özetteki öneriler, bu sırayla (en fazla %1): işaretleyin, işareti kaldırın ve taşıyın; sıralama ilk olanları önerir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up</source>
        <translation>Yukarı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected recommendation as the report prints it: reword it if you like (in the report&apos;s language).</source>
        <translation>Seçili öneri, raporda basılacağı hâliyle: dilerseniz yeniden yazın (raporun dilinde).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset to suggested text</source>
        <translation>Önerilen metne dön</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing never changes the version: raise it yourself when you issue a revised report. Draft or final is chosen when you export.</source>
        <translation>Yazdırmak sürümü hiçbir zaman değiştirmez: düzeltilmiş bir rapor düzenlediğinizde sürümü kendiniz artırın. Taslak ya da nihai, dışa aktarırken seçilir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The summary prints at most %1 recommendations: untick one first.</source>
        <translation>Özet en çok %1 öneri basar: önce birinin işaretini kaldırın.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../csmm_desktop/views/keys.py" line="+17"/>
        <source>Assessment wizard</source>
        <translation>Değerlendirme sihirbazı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop mode</source>
        <translation>Atölye modu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Gösterge paneli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>Sunum modu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists and tables</source>
        <translation>Listeler ve tablolar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer the current question</source>
        <translation>Geçerli soruyu yanıtlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A (don&apos;t know)</source>
        <translation>Geçerli değil (bilmiyorum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 on the 0–10 scale</source>
        <translation>0–10 ölçeğinde 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the answer</source>
        <translation>Yanıtı siler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous / next question</source>
        <translation>Önceki / sonraki soru</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go on (with no answer yet: press it twice)</source>
        <translation>Devam eder (henüz yanıt yoksa iki kez basın)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next section</source>
        <translation>Sonraki bölüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous section</source>
        <translation>Önceki bölüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next unanswered question</source>
        <translation>Sonraki yanıtsız soru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop mode on / off</source>
        <translation>Atölye modunu açar / kapatır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Yazıyı büyütür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>Yazıyı küçültür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mode&apos;s own text size</source>
        <translation>Modun kendi yazı boyutu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave workshop mode</source>
        <translation>Atölye modundan çıkar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present the charts full screen</source>
        <translation>Grafikleri tam ekranda sunar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the chart as PNG or SVG (on a chart)</source>
        <translation>Grafiği PNG veya SVG olarak kaydeder (grafik üzerinde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the chart (on a chart)</source>
        <translation>Grafiği kopyalar (grafik üzerinde)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next chart</source>
        <translation>Sonraki grafik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous chart</source>
        <translation>Önceki grafik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave presentation mode</source>
        <translation>Sunum modundan çıkar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit or open the selected row</source>
        <translation>Seçili satırı düzenler ya da açar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected row (asks first)</source>
        <translation>Seçili satırı siler (önce sorar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste counts (Numbers tab)</source>
        <translation>Sayıları yapıştırır (Rakamlar sekmesi)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move a contact reason up / down (Numbers tab)</source>
        <translation>Temas nedenini yukarı / aşağı taşır (Rakamlar sekmesi)</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/kpi_dialog.py" line="+60"/>
        <source>Edit KPI</source>
        <translation>KPI&apos;yı düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New KPI</source>
        <translation>Yeni KPI</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A KPI needs a name.</source>
        <translation>KPI için ad girilmelidir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target must be a number, such as 75 or 4,5.</source>
        <translation>Hedef bir sayı olmalıdır, örneğin 75 veya 4,5.</translation>
    </message>
    <message>
        <location filename="../ui/kpi_dialog.ui" line="+6"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>A&amp;d:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Birim:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for example %, min, days</source>
        <translation>örneğin %, dk, gün</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Yön:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Target:</source>
        <translation>&amp;Hedef:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none yet</source>
        <translation>henüz yok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ritical KPI, watched by management</source>
        <translation>&amp;Kritik KPI, yönetim tarafından izlenir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Açıklama:</translation>
    </message>
</context>
<context>
    <name>KpiStatus</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/kpis_status.py" line="+24"/>
        <source>Target met</source>
        <translation>Hedefe ulaşıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close to target</source>
        <translation>Hedefe yakın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target missed</source>
        <translation>Hedefe ulaşılamadı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target</source>
        <translation>Hedef yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not measured</source>
        <translation>Ölçülmedi</translation>
    </message>
</context>
<context>
    <name>KpiSuggestionsDialog</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/kpis_suggestions_dialog.py" line="+58"/>
        <source>target %1</source>
        <translation>hedef %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no target</source>
        <translation>hedef yok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(already defined)</source>
        <translation>(zaten tanımlı)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a KPI to read what it measures.</source>
        <translation>Neyi ölçtüğünü okumak için bir KPI seçin.</translation>
    </message>
    <message>
        <location filename="../ui/kpi_suggestions_dialog.ui" line="+6"/>
        <source>Add suggested KPIs</source>
        <translation>Önerilen KPI&apos;ları ekle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick the KPIs to add. Their targets are starting points: agree them with the client.</source>
        <translation>Eklenecek KPI&apos;ları işaretleyin. Hedefler yalnızca birer başlangıç noktasıdır: bunları kurumla birlikte kararlaştırın.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mark the added KPIs as c&amp;ritical</source>
        <translation>Eklenen KPI&apos;ları &amp;kritik olarak işaretle</translation>
    </message>
</context>
<context>
    <name>KpisTab</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/kpis_tab.py" line="+95"/>
        <location filename="../csmm_desktop/views/lazy_tabs.py" line="+12"/>
        <source>KPIs</source>
        <translation>KPI&apos;lar</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+78"/>
        <source>Critical</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Type the value measured at this snapshot.</source>
        <translation>Bu anlık durumda ölçülen değeri yazın.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Select a snapshot to enter the KPIs&apos; values and see their status.</source>
        <translation>KPI değerlerini girmek ve durumlarını görmek için bir anlık durum seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Values measured at the %1 snapshot (%2): type a value in the Value column (12,5 or 12.5); the status follows the target.</source>
        <translation>%1 anlık durumunda (%2) ölçülen değerler: Değer sütununa bir değer yazın (12,5 veya 12.5); durum hedefe göre belirlenir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No KPIs yet: add one, or start from the suggested KPIs.</source>
        <translation>Henüz KPI yok: bir KPI ekleyin ya da önerilen KPI&apos;larla başlayın.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit KPI</source>
        <translation>KPI&apos;yı düzenle</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add suggested KPI</source>
        <translation>Önerilen KPI ekle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the KPI “%1” with its values at every snapshot? Actions linked to it stay, without the link.</source>
        <translation>“%1” adlı KPI, tüm anlık durumlardaki değerleriyle birlikte silinsin mi? Ona bağlı aksiyonlar silinmez, yalnızca bağlantıları kalkar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete KPI</source>
        <translation>KPI&apos;yı sil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>KPI value</source>
        <translation>KPI değeri</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>“%1” is not a number. Type for example 12,5 or 12.5.</source>
        <translation>“%1” bir sayı değil. Örneğin 12,5 veya 12.5 yazın.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>target %1</source>
        <translation>hedef %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical</source>
        <translation>kritik</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Yön</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Edit KPI…</source>
        <translation>KPI&apos;yı düzenle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete KPI…</source>
        <translation>KPI&apos;yı sil…</translation>
    </message>
    <message>
        <location filename="../ui/kpis_tab.ui" line="+35"/>
        <source>&amp;Add KPI…</source>
        <translation>&amp;KPI ekle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;suggested KPI…</source>
        <translation>Ö&amp;nerilen KPI ekle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>Düz&amp;enle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trend of the selected KPI across snapshots</source>
        <translation>Seçili KPI&apos;nın anlık durumlar boyunca seyri</translation>
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
        <location filename="../csmm_desktop/views/main_window.py" line="+146"/>
        <source>Opening your data…</source>
        <translation>Verileriniz açılıyor…</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_actions.py" line="+61"/>
        <source>Open data folder</source>
        <translation>Veri klasörünü aç</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_deletes.py" line="+51"/>
        <source>Edit → Undo brings it back, and so does Edit → Trash later.</source>
        <translation>Düzen → Geri al onu hemen geri getirir; daha sonra Düzen → Çöp kutusu da getirir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be undone (the automatic backups keep older copies).</source>
        <translation>Bu işlem geri alınamaz (otomatik yedekler eski kopyaları saklar).</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_window.py" line="+251"/>
        <source>Client added.</source>
        <translation>Kurum eklendi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit client</source>
        <translation>Kurumu düzenle</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_deletes.py" line="+11"/>
        <source>Delete client</source>
        <translation>Kurumu sil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the client “%1” with its %2 and %3?</source>
        <translation>“%1” kurumu, %2 ve %3 ile birlikte silinsin mi?</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Client deleted.</source>
        <translation>Kurum silindi.</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_window.py" line="+25"/>
        <source>Demo client added.</source>
        <translation>Örnek kurum eklendi.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo client is already here.</source>
        <translation>Örnek kurum zaten var.</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_commands.py" line="+29"/>
        <source>New snapshot</source>
        <translation>Yeni anlık durum</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit snapshot</source>
        <translation>Anlık durumu düzenle</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_deletes.py" line="+7"/>
        <source>Delete snapshot</source>
        <translation>Anlık durumu sil</translation>
    </message>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/main_window.py" line="-159"/>
        <source>Delete the %1 snapshot of %2 with its %n respondent(s) and their answers?</source>
        <translation>
            <numerusform>%2 tarihli %1 anlık durumu, %n katılımcısı ve yanıtlarıyla birlikte silinsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_commands.py" line="+33"/>
        <location line="+8"/>
        <source>Save response template</source>
        <translation>Yanıt şablonunu kaydet</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel çalışma kitabı (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Template saved to %1</source>
        <translation>Şablon kaydedildi: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Rename respondent</source>
        <translation>Katılımcıyı yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_deletes.py" line="+34"/>
        <source>Delete the respondent “%1” and all their answers?</source>
        <translation>“%1” katılımcısı ve tüm yanıtları silinsin mi?</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete respondent</source>
        <translation>Katılımcıyı sil</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_window.py" line="+150"/>
        <source>Add demo client</source>
        <translation>Örnek kurum ekle</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_commands.py" line="-67"/>
        <source>New respondent</source>
        <translation>Yeni katılımcı</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/views/main_actions.py" line="+123"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Rapor iptal edildi; dosya yazılmadı.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>Export PDF report</source>
        <translation>PDF raporu dışa aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report was saved as:
%1</source>
        <translation>Rapor şu adla kaydedildi:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the file</source>
        <translation>Dosyayı aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
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
        <location line="+15"/>
        <source>About CSMM Desktop</source>
        <translation>CSMM Desktop hakkında</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+18"/>
        <source>Clients</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search clients (Ctrl+F)</source>
        <translation>Kurum ara (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+17"/>
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
        <location line="+12"/>
        <source>&amp;New Client…</source>
        <translation>Yeni ku&amp;rum…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Snapshot…</source>
        <translation>Yeni &amp;anlık durum…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Responses…</source>
        <translation>Yanıtları &amp;içe aktar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Response &amp;Template…</source>
        <translation>Yanıt şa&amp;blonunu kaydet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export PDF Report…</source>
        <translation>&amp;PDF raporu dışa aktar…</translation>
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
        <source>&amp;Restore from Backup…</source>
        <translation>Yedekten &amp;geri yükle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Günlük klasörünü aç</translation>
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
        <location line="+3"/>
        <source>&amp;Edit Client…</source>
        <translation>Kurumu &amp;düzenle…</translation>
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
        <location line="+11"/>
        <source>&amp;About CSMM Desktop</source>
        <translation>CSMM Desktop &amp;hakkında</translation>
    </message>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/main_window.py" line="-154"/>
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n anlık durum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n katılımcı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../csmm_desktop/domain/csv_table.py" line="+48"/>
        <source>this is not a text table (CSV) file</source>
        <translation>bu bir metin tablosu (CSV) dosyası değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text encoding is neither UTF-8, UTF-16 nor Windows-1254</source>
        <translation>dosyanın karakter kodlaması UTF-8, UTF-16 ya da Windows-1254 değil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}: the text is not valid {encoding} (the file mixes text encodings?)</source>
        <translation>satır {row}: metin geçerli bir {encoding} metni değil (dosyada farklı karakter kodlamaları mı karışmış?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {row}: a quoted field is not closed (a &quot; is missing); the file ends inside it</source>
        <translation>satır {row}: tırnak içindeki bir alan kapatılmamış (bir &quot; eksik); dosya bu alanın içinde bitiyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {row}: a &quot; inside a field must be doubled (&quot;&quot;), or the field quoted as a whole</source>
        <translation>satır {row}: bir alanın içindeki &quot; iki kez yazılmalı (&quot;&quot;) ya da alanın tamamı tırnak içine alınmalı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {row}: a field is longer than {limit} characters; is a quote (&quot;) not closed on this row?</source>
        <translation>satır {row}: bir alan {limit} karakterden uzun; bu satırda kapatılmamış bir tırnak (&quot;) mı var?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {row}: the line is longer than {limit} characters; is this a response file?</source>
        <translation>satır {row}: satırın uzunluğu {limit} karakteri aşıyor; bu bir yanıt dosyası mı?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {row}: the CSV cannot be read ({detail})</source>
        <translation>satır {row}: CSV okunamıyor ({detail})</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/domain/import_problems.py" line="+23"/>
        <source>{file} was not imported; nothing was changed.</source>
        <translation>{file} dosyası içe aktarılmadı; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {count} more</source>
        <translation>… ve {count} tane daha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row}, column {column} ({field})</source>
        <translation>satır {row}, sütun {column} ({field})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row}, column {column}</source>
        <translation>satır {row}, sütun {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not exist</source>
        <translation>dosya bulunamadı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>bu bir klasör, dosya değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file (a device or a pipe)</source>
        <translation>bu normal bir dosya değil (bir aygıt ya da boru hattı)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be read: {detail}</source>
        <translation>dosya okunamıyor: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{suffix}&apos; files are not supported; use CSV or XLSX</source>
        <translation>“{suffix}” dosyaları desteklenmiyor; CSV ya da XLSX kullanın</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>dosya boş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has a header but no respondent rows</source>
        <translation>dosyada başlık satırı var ama katılımcı satırı yok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}: the header needs the columns &apos;respondent&apos; and &apos;role&apos; followed by one column per question id (is this a response file?)</source>
        <translation>satır {row}: başlık satırında önce “respondent” ve “role” sütunları, ardından her soru kodu için bir sütun olmalı (bu bir yanıt dosyası mı?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: the header cell is empty; expected a question id</source>
        <translation>{where}: başlık hücresi boş; bir soru kodu bekleniyordu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{name}&apos; appears twice in the header</source>
        <translation>{where}: “{name}” başlıkta iki kez geçiyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{name}&apos; is not a question id of form version {version} (ids look like 1.1.1-1)</source>
        <translation>{where}: “{name}”, formun {version} sürümündeki soru kodlarından biri değil (soru kodları 1.1.1-1 biçimindedir)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: question &apos;{name}&apos; appears twice in the header (first in column {first})</source>
        <translation>{where}: “{name}” sorusu başlıkta iki kez geçiyor (ilki {first} sütununda)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: a formula saved without its value; open the file in Excel and save it again, or paste the values instead of the formulas</source>
        <translation>{where}: formül, değeri olmadan kaydedilmiş; dosyayı Excel&apos;de açıp yeniden kaydedin ya da formüllerin yerine değerleri yapıştırın</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: the cell holds the Excel error {value}; correct it or empty it</source>
        <translation>{where}: hücrede {value} Excel hatası var; hatayı düzeltin ya da hücreyi boşaltın</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the cell holds more than {limit} characters (Excel&apos;s own limit for a cell)</source>
        <translation>{where}: hücrede {limit} karakterden fazlası var (Excel&apos;in bir hücre için kendi sınırı)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {row}: respondent &apos;{value}&apos; starts with #, which marks a note row, yet the row has a role: rename the respondent or delete the row</source>
        <translation>satır {row}: “{value}” katılımcısı not satırlarını belirten # ile başlıyor, ama satırda bir rol var: katılımcının adını değiştirin ya da satırı silin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {row}: has {count} cells but the header has {width}</source>
        <translation>satır {row}: bu satırda {count} hücre var, ancak başlık satırında {width} hücre var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: empty; every row needs a respondent name or code</source>
        <translation>{where}: boş; her satırda bir katılımcı adı ya da kodu olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the respondent has no visible character (only spaces, invisible or formatting characters)</source>
        <translation>{where}: katılımcı adında ya da kodunda görünür bir karakter yok (yalnızca boşluk, görünmez ya da biçimlendirme karakterleri var)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: a respondent name or code can be at most {limit} characters</source>
        <translation>{where}: katılımcı adı ya da kodu en fazla {limit} karakter olabilir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{value}&apos; appears again (first on row {first})</source>
        <translation>{where}: “{value}” yineleniyor (ilk geçtiği yer: satır {first})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{value}&apos; is not a role; expected {expected}</source>
        <translation>{where}: “{value}” geçerli bir rol değil; beklenen değerler: {expected}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the role {role} does not answer section {section} (its roles: {roles})</source>
        <translation>{where}: {role} rolü {section} bölümünü yanıtlamaz (bu bölümün rolleri: {roles})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: &apos;{value}&apos; is not valid: expected a whole number from {low} to {high} or &apos;na&apos;</source>
        <translation>{where}: “{value}” geçersiz: {low} ile {high} arasında bir tam sayı ya da “na” bekleniyordu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: &apos;{value}&apos; is not valid: expected one of: {expected}, or &apos;na&apos;</source>
        <translation>{where}: “{value}” geçersiz: şunlardan biri bekleniyordu: {expected} ya da “na”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}: respondent &apos;{value}&apos; already exists in this snapshot</source>
        <translation>satır {row}: “{value}” katılımcısı bu anlık durumda zaten var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the snapshot changed since the file was checked: {count} of its respondents are in it now, not {expected}; check the file again</source>
        <translation>dosya denetlendikten sonra anlık durum değişti: dosyadaki katılımcılardan artık {expected} değil, {count} tanesi anlık durumda bulunuyor; dosyayı yeniden denetleyin</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/domain/xlsx.py" line="+62"/>
        <source>the file is not an Excel workbook (.xlsx), or it is damaged; save it from Excel again as .xlsx or as CSV</source>
        <translation>dosya bir Excel çalışma kitabı (.xlsx) değil ya da hasarlı; dosyayı Excel&apos;de yeniden .xlsx ya da CSV olarak kaydedin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is an old Excel workbook (.xls) or one protected with a password; save it as .xlsx without a password, or as CSV</source>
        <translation>dosya, eski biçimli (.xls) ya da parolayla korunan bir Excel çalışma kitabı; dosyayı parolasız .xlsx ya da CSV olarak kaydedin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Excel file is damaged: its part {part} is missing</source>
        <translation>Excel dosyası hasarlı: {part} bileşeni eksik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Excel file is damaged: its part {part} cannot be read ({detail})</source>
        <translation>Excel dosyası hasarlı: {part} bileşeni okunamıyor ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Excel file is damaged: its part {part} is not well-formed (line {line}, column {column})</source>
        <translation>Excel dosyası hasarlı: {part} bileşeninin yapısı bozuk (satır {line}, sütun {column})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Excel file is refused: its part {part} declares a DOCTYPE (entities), which Excel never writes</source>
        <translation>Excel dosyası reddedildi: {part} bileşeninde bir DOCTYPE (varlık tanımları) var; Excel hiçbir zaman böyle bir tanım yazmaz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Excel file is refused: its part {part} unpacks to more than {limit} MB</source>
        <translation>Excel dosyası reddedildi: {part} bileşeninin açılmış boyutu {limit} MB sınırını aşıyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Excel file is refused: its part {part} holds a tag longer than {limit} MB</source>
        <translation>Excel dosyası reddedildi: {part} bileşeninde {limit} MB&apos;tan uzun bir etiket var</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Excel file is damaged: it holds its part {part} twice; save it from Excel again</source>
        <translation>Excel dosyası hasarlı: {part} bileşeni dosyada iki kez var; dosyayı Excel&apos;den yeniden kaydedin</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/domain/xlsx_cells.py" line="+32"/>
        <source>the Excel file is refused: it holds more than {limit} different texts</source>
        <translation>Excel dosyası reddedildi: dosyada {limit} farklı metinden fazlası var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Excel file is damaged: {part} names a cell &apos;{ref}&apos; that cannot exist</source>
        <translation>Excel dosyası hasarlı: {part} bileşeni geçersiz bir hücre başvurusu (“{ref}”) içeriyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Excel file is damaged: {part} refers to text number {index}, which {strings} does not hold</source>
        <translation>Excel dosyası hasarlı: {part} bileşeni {index} numaralı metne başvuruyor, ancak {strings} bileşeninde böyle bir metin yok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {row}: its cells hold more than {limit} characters in all; is this a response file?</source>
        <translation>satır {row}: hücrelerinde toplam {limit} karakterden fazlası var; bu bir yanıt dosyası mı?</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/domain/xlsx.py" line="+4"/>
        <source>the Excel file has no worksheet</source>
        <translation>Excel dosyasında çalışma sayfası yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Excel file has data on several sheets ({sheets}): name the sheet to import “responses”, or delete the other sheets</source>
        <translation>Excel dosyasında birden çok sayfada veri var ({sheets}): içe aktarılacak sayfanın adını “responses” yapın ya da diğer sayfaları silin</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/messages.py" line="+127"/>
        <source>The data folder {folder} is read-only: nothing can be saved there. Use a folder you can write to (--data-dir), or make this one writable.</source>
        <translation>{folder} veri klasörü salt okunur: bu klasöre hiçbir şey kaydedilemez. Yazma izniniz olan bir klasör kullanın (--data-dir) ya da bu klasörü yazılabilir yapın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSMM Desktop may not write in the data folder {folder} (permission denied).</source>
        <translation>CSMM Desktop uygulamasının {folder} veri klasörüne yazma izni yok (erişim reddedildi).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk that holds {folder} is full: the change was not saved. Free some space, then try again.</source>
        <translation>{folder} klasörünün bulunduğu disk dolu: değişiklik kaydedilmedi. Diskte yer açın, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data is busy: another part of CSMM Desktop (an import?) or another program is writing to it. The change was not saved; try again in a moment.</source>
        <translation>Veri dosyası meşgul: CSMM Desktop uygulamasının başka bir bölümü (bir içe aktarma mı?) ya da başka bir program dosyaya yazıyor. Değişiklik kaydedilmedi; biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file {path} is no longer there: was its folder deleted, or the USB stick removed? The change was not saved.</source>
        <translation>{path} veri dosyası artık yerinde değil: klasörü mü silindi, yoksa USB bellek mi çıkarıldı? Değişiklik kaydedilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file {path} was replaced by another program while CSMM Desktop had it open. The change was not saved; close the app and open it again.</source>
        <translation>CSMM Desktop {path} veri dosyasını açık tutarken başka bir program bu dosyanın yerine başka bir dosya koydu. Değişiklik kaydedilmedi; uygulamayı kapatıp yeniden açın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file {path} could not be written or read ({detail}). The change was not saved. Is the disk or USB stick still connected?</source>
        <translation>{path} veri dosyasına yazılamadı ya da dosya okunamadı ({detail}). Değişiklik kaydedilmedi. Disk ya da USB bellek hâlâ bağlı mı?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder {folder} cannot be created: {detail}.</source>
        <translation>{folder} veri klasörü oluşturulamıyor: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file {path} cannot be read: {detail}.</source>
        <translation>{path} veri dosyası okunamıyor: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} is not a CSMM Desktop data file (it belongs to another program, or it is damaged). It was left untouched.</source>
        <translation>{path} dosyası bir CSMM Desktop veri dosyası değil (başka bir programa ait ya da hasarlı). Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file {path} is damaged ({detail}). It was left untouched.</source>
        <translation>{path} veri dosyası hasarlı ({detail}). Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file {path} is empty, although backups of it exist: it may have been damaged. It was left untouched.</source>
        <translation>{path} veri dosyası boş, oysa bu dosyanın yedekleri var: dosya hasar görmüş olabilir. Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file {path} is missing, although backups of it exist in {folder}: it may have been moved or deleted.</source>
        <translation>{path} veri dosyası bulunamadı, oysa {folder} klasöründe bu dosyanın yedekleri var: dosya taşınmış ya da silinmiş olabilir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file {path} was written by a newer CSMM Desktop (data version {found}; this app knows up to {known}). Please update the app. The file was left untouched.</source>
        <translation>{path} veri dosyası, CSMM Desktop uygulamasının daha yeni bir sürümüyle yazılmış (veri sürümü {found}; bu uygulama en fazla {known} veri sürümünü tanıyor). Lütfen uygulamayı güncelleyin. Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSMM Desktop is already open with this data folder ({folder}). Switch to that window, or close it first.</source>
        <translation>CSMM Desktop bu veri klasörüyle ({folder}) zaten açık. O pencereye geçin ya da önce o pencereyi kapatın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder {folder} cannot be used: {detail}.</source>
        <translation>{folder} veri klasörü kullanılamıyor: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file {path} is a link to {target}, which does not exist (is a disk or USB stick not connected?).</source>
        <translation>{path} veri dosyası {target} hedefine bir bağlantı, ama bu hedef yok (bir disk ya da USB bellek takılı değil mi?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another program has the data file {path} open. Close it (another CSMM Desktop command, a database viewer), then try again. Nothing was changed.</source>
        <translation>{path} veri dosyası başka bir programda açık. O programı (başka bir CSMM Desktop komutu, bir veritabanı görüntüleyici) kapatıp yeniden deneyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file is still being checked for damage (it is large). The change was not saved; try again in a moment.</source>
        <translation>Veri dosyası hâlâ hasara karşı denetleniyor (dosya büyük). Değişiklik kaydedilmedi; biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no backup in {folder}.</source>
        <translation>{folder} klasöründe yedek yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup could not be made in {folder}: {detail}.</source>
        <translation>{folder} klasörüne yedek alınamadı: {detail}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is in the data folder ({folder}), which only CSMM Desktop&apos;s own files may use. Choose another place for the file.</source>
        <translation>{path} veri klasörünün ({folder}) içinde; bu klasörü yalnızca CSMM Desktop uygulamasının kendi dosyaları kullanabilir. Dosya için başka bir konum seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not a plain file (a folder, a link or a device): nothing was written. Choose another file name.</source>
        <translation>{path} normal bir dosya değil (bir klasör, bağlantı ya da aygıt): hiçbir şey yazılmadı. Başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} already exists and is not a {kind} file: it was not replaced. Choose another file name.</source>
        <translation>{path} zaten var ve bir {kind} dosyası değil: üzerine yazılmadı. Başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} klasörü bulunamadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be written: {detail}.</source>
        <translation>{path} dosyası yazılamadı: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output could not be written ({detail}); nothing was changed by that.</source>
        <translation>Çıktı yazılamadı ({detail}); bu yüzden hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No {what} has the id {text}; give at least 4 characters of an id.</source>
        <translation>{text} kodlu {what} yok; kodun en az 4 karakterini yazın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one {what} id starts with {text}; give more of it.</source>
        <translation>{text} ile başlayan birden çok {what} kodu var; kodun daha fazlasını yazın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No {what} with id {text}.</source>
        <translation>{text} kodlu {what} yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {what} id given.</source>
        <translation>{what} kodu verilmedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong inside CSMM Desktop ({detail}). Nothing half-done was saved. The details are in the log file in {folder}.</source>
        <translation>CSMM Desktop uygulamasında beklenmeyen bir sorun oluştu ({detail}). Yarım kalan hiçbir işlem kaydedilmedi. Ayrıntılar {folder} klasöründeki günlük dosyasında.</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/outputs.py" line="+42"/>
        <source>CSMM Desktop data</source>
        <translation>CSMM Desktop verisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSMM Desktop client bundle</source>
        <translation>CSMM Desktop kurum paketi</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/domain/confidence.py" line="+75"/>
        <source>Each score has a {interval} % confidence interval: if the survey were repeated many times with other people from the same groups, {interval} out of 100 such ranges would hold the true score. It comes from how much the respondents&apos; own scores differ, worked out separately for management, employees and customers and combined the same way as the score (a t-interval with Satterthwaite&apos;s degrees of freedom, kept within 0–100). A group with only one respondent gives no interval. The NPS margin of error is {z} × √((p + d − (p − d)²) ÷ n) × 100 points, where p and d are the shares of promoters and detractors among the n answers. A level is marked indicative when its interval crosses a level threshold or cannot be worked out, when a section has no answers or less than {coverage} % of its expected answers, or when fewer than {management} managers, {employee} employees or {client} customers answered.</source>
        <translation>Her puanın %{interval} güven aralığı vardır: anket aynı gruplardan başka kişilerle defalarca tekrarlansa, bu aralıkların 100&apos;de {interval} tanesi gerçek puanı içerirdi. Aralık, katılımcıların kendi puanlarının birbirinden ne kadar farklı olduğundan hesaplanır; yönetim, çalışanlar ve müşteriler için ayrı ayrı bulunur ve puanla aynı şekilde birleştirilir (Satterthwaite serbestlik dereceli t-aralığı, 0–100 arasında tutulur). Yalnızca bir katılımcısı olan bir grup için aralık hesaplanamaz. NPS hata payı {z} × √((p + d − (p − d)²) ÷ n) × 100 puandır; burada p ve d, n yanıt içinde destekçilerin ve kötüleyenlerin payıdır. Bir seviye şu durumlarda gösterge niteliğinde sayılır: aralığı bir seviye sınırının iki yanına uzanıyorsa ya da hesaplanamıyorsa, bir bölümde hiç yanıt yoksa ya da beklenen yanıtların %{coverage} kadarından azı verilmişse, ya da yanıt veren yönetici sayısı {management}, çalışan sayısı {employee} veya müşteri sayısı {client} kişiden azsa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../csmm_desktop/domain/form.py" line="+70"/>
        <source>management</source>
        <translation>yönetim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employees</source>
        <translation>çalışanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>müşteriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval of the overall score crosses a level threshold.</source>
        <translation>Genel puanın güven aralığı bir seviye sınırının iki yanına uzanıyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The overall score has no interval: a group it uses has only one respondent.</source>
        <translation>Genel puanın güven aralığı hesaplanamıyor: dayandığı gruplardan birinde yalnızca bir katılımcı var.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No respondents from {role} answered.</source>
        <translation>Yanıt verenler arasında {role} grubundan kimse yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Respondents from {role}: {count}, fewer than the {minimum} wanted.</source>
        <translation>Yanıt verenler arasında {role} grubundan {count} kişi var; en az {minimum} kişi gerekir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section {section} has no answers and is left out of the score.</source>
        <translation>{section} bölümünde hiç yanıt yok; bu bölüm puana katılmadı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section {section} has {coverage} % of its expected answers (at least {minimum} % wanted).</source>
        <translation>{section} bölümünde beklenen yanıtların yalnızca %{coverage} kadarı var (en az %{minimum} gerekir).</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/domain/cxboard.py" line="+68"/>
        <source>{what} must be a whole number of 0 or more, not {value}</source>
        <translation>{what} 0 veya daha büyük bir tam sayı olmalı, {value} değil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the count of score {score}</source>
        <translation>{score} puanının sayısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of promoters</source>
        <translation>destekçi sayısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of passives</source>
        <translation>pasif sayısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of detractors</source>
        <translation>kötüleyen sayısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the counts must be a list of {points} numbers (scores 0 to 10)</source>
        <translation>sayılar {points} sayılık bir liste olmalı (0-10 arası puanlar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there must be {points} counts (scores 0 to 10), not {count}</source>
        <translation>{count} değil, {points} sayı olmalı (0-10 arası puanlar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least one answer is needed; every count is 0</source>
        <translation>en az bir yanıt gerekli; bütün sayılar 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least one answer is needed</source>
        <translation>en az bir yanıt gerekli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acceptable from</source>
        <translation>kabul edilebilir alt sınırı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong from</source>
        <translation>güçlü alt sınırı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the band limit &apos;{band}&apos; must be a number, not {value}</source>
        <translation>&apos;{band}&apos; bant sınırı {value} değil, bir sayı olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the band limit &apos;{band}&apos; must lie between -100 and 100</source>
        <translation>&apos;{band}&apos; bant sınırı -100 ile 100 arasında olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{low_band}&apos; ({low}) must be below &apos;{high_band}&apos; ({high})</source>
        <translation>&apos;{low_band}&apos; ({low}), &apos;{high_band}&apos; ({high}) değerinden küçük olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run-ups are sorted by &apos;absolute&apos; or &apos;percent&apos;, not &apos;{value}&apos;</source>
        <translation>hızlı artışlar &apos;{value}&apos; ile değil, &apos;absolute&apos; (mutlak) veya &apos;percent&apos; (yüzde) ile sıralanır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the meeting kind must be one of {kinds}</source>
        <translation>toplantı türü şunlardan biri olmalı: {kinds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Metrikler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project review</source>
        <translation>Proje değerlendirme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the duration must be a whole number of minutes, not {value}</source>
        <translation>süre {value} değil, tam sayı olarak dakika olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {kind} meeting lasts {low} to {high} minutes; {minutes} is outside that range</source>
        <translation>{kind} toplantısı {low}-{high} dakika sürer; {minutes} bu aralığın dışında</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/domain/form.py" line="-20"/>
        <source>No form file found in {folder}.</source>
        <translation>{folder} içinde form dosyası bulunamadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: cannot be read: {reason}</source>
        <translation>{file}: okunamıyor: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>{file}: {line}. satır, {column}. sütunda geçerli JSON değil: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: says version {version}, its name says {named}</source>
        <translation>{file}: içinde {version} sürümü yazıyor, adı {named} diyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>form {version}: says version {said}</source>
        <translation>{version} formu: içinde {said} sürümü yazıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form version {version} is not available in this installation (have: {have}).</source>
        <translation>{version} form sürümü bu kurulumda yok (var olanlar: {have}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source}: {where}: {text}</source>
        <translation>{source}: {where}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a whole number from {low} to {high} or &apos;na&apos;</source>
        <translation>{low} ile {high} arasında bir tam sayı veya &apos;na&apos; bekleniyordu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected one of: {expected}, or &apos;na&apos;</source>
        <translation>şunlardan biri bekleniyordu: {expected} veya &apos;na&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>employee</source>
        <translation>çalışan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>müşteri</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/services/input_messages.py" line="+99"/>
        <source>client</source>
        <translation>kurum</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/reports/layout.py" line="+42"/>
        <source>Reading the data</source>
        <translation>Veriler okunuyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring the snapshots</source>
        <translation>Anlık durumlar puanlanıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score tables</source>
        <translation>Puan tabloları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section scores</source>
        <translation>Bölüm puanları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic scores</source>
        <translation>Konu puanları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics and feedback</source>
        <translation>Konular ve geri bildirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Danışmanlık çalışması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems and KPIs</source>
        <translation>Sorunlar ve KPI&apos;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the actions</source>
        <translation>Aksiyonlar okunuyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions for {role}</source>
        <translation>{role} için sorular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the meeting</source>
        <translation>Toplantı okunuyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the board&apos;s figures</source>
        <translation>Kurulun rakamları okunuyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laying out the pages</source>
        <translation>Sayfalar düzenleniyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laying out the page</source>
        <translation>Sayfa düzenleniyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file</source>
        <translation>Dosya yazılıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/services/input_messages.py" line="-77"/>
        <source>{where}: {field}</source>
        <translation>{where}: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be text, not {kind}.</source>
        <translation>{what} {kind} değil, metin olmalı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is empty.</source>
        <translation>{what} boş.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is {length} characters long; at most {limit} fit.</source>
        <translation>{what} {length} karakter uzunluğunda; en fazla {limit} karakter sığar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} &apos;{value}&apos; is not a number.</source>
        <translation>{what} &apos;{value}&apos; bir sayı değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a finite number.</source>
        <translation>{what} sonlu bir sayı olmalı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a date written YYYY-MM-DD.</source>
        <translation>{what} YYYY-AA-GG biçiminde yazılmış bir tarih olmalı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>{what} &apos;{value}&apos; YYYY-AA-GG biçiminde bir tarih değil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} &apos;{value}&apos; does not exist in the calendar.</source>
        <translation>{what} &apos;{value}&apos; takvimde yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: period &apos;{value}&apos; must be a month written YYYY-MM.</source>
        <translation>{where}: &apos;{value}&apos; dönemi YYYY-AA biçiminde yazılmış bir ay olmalı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} &apos;{value}&apos; is unknown; use one of: {allowed}.</source>
        <translation>{what} &apos;{value}&apos; bilinmiyor; şunlardan birini kullanın: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} must be a whole number from {low} to {high}.</source>
        <translation>{what} {low} ile {high} arasında bir tam sayı olmalı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} must be a whole number of 0 or more.</source>
        <translation>{what} 0 veya daha büyük bir tam sayı olmalı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: &apos;{value}&apos; is not a topic of the assessment form.</source>
        <translation>{where}: &apos;{value}&apos; değerlendirme formunun bir konusu değil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the snapshot belongs to another client.</source>
        <translation>{where}: anlık durum başka bir kuruma ait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the linked {what} belongs to another client.</source>
        <translation>{where}: bağlı {what} başka bir kuruma ait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner</source>
        <translation>sorumlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due date</source>
        <translation>hedef tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cycle</source>
        <translation>döngü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unit</source>
        <translation>birim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direction</source>
        <translation>yön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target</source>
        <translation>hedef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value</source>
        <translation>değer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the description</source>
        <translation>açıklama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the feedback</source>
        <translation>geri bildirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note</source>
        <translation>not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the notes</source>
        <translation>notlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the resolution note</source>
        <translation>çözüm notu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the solution note</source>
        <translation>karşılanma notu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the participants</source>
        <translation>katılanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agenda</source>
        <translation>gündem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the minutes</source>
        <translation>toplantı tutanağı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count</source>
        <translation>sayı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the priority</source>
        <translation>öncelik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next steps</source>
        <translation>sonraki adımlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scope</source>
        <translation>kapsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the solution</source>
        <translation>çözüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nomination date</source>
        <translation>aday gösterilme tarihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>metin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the emotions</source>
        <translation>duygular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pain points</source>
        <translation>sıkıntı noktaları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s date</source>
        <translation>Bugünün tarihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A KPI&apos;s name</source>
        <translation>KPI adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact reason&apos;s name</source>
        <translation>Temas nedeninin adı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snapshot</source>
        <translation>anlık durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>respondent</source>
        <translation>katılımcı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>aksiyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>sorun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requirement</source>
        <translation>gereksinim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workshop</source>
        <translation>atölye çalışması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact reason</source>
        <translation>temas nedeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact volume</source>
        <translation>temas hacmi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS reading</source>
        <translation>NPS ölçümü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback entry</source>
        <translation>geri bildirim kaydı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>board meeting</source>
        <translation>kurul toplantısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CX project</source>
        <translation>MD projesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action &apos;{title}&apos;</source>
        <translation>&apos;{title}&apos; aksiyonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; KPI&apos;ı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new problem</source>
        <translation>Yeni sorun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new requirement</source>
        <translation>Yeni gereksinim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem &apos;{title}&apos;</source>
        <translation>&apos;{title}&apos; sorunu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement &apos;{title}&apos;</source>
        <translation>&apos;{title}&apos; gereksinimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact volume ({period}, {channel})</source>
        <translation>Temas hacmi ({period}, {channel})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workshop</source>
        <translation>Atölye çalışması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS reading of {period}</source>
        <translation>{period} NPS ölçümü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS reading from the snapshot of {date}</source>
        <translation>{date} tarihli anlık durumdan NPS ölçümü</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NPS bands</source>
        <translation>NPS bantları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run-ups</source>
        <translation>Hızlı artışlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top contact reasons</source>
        <translation>En sık temas nedenleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board meeting of {date}</source>
        <translation>{date} tarihli kurul toplantısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: attendee {n}</source>
        <translation>{where}: {n}. katılımcı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: decision {n}</source>
        <translation>{where}: {n}. karar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: agenda item {n}</source>
        <translation>{where}: {n}. gündem maddesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} ({lang})</source>
        <translation>{where} ({lang})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CX project &apos;{title}&apos;</source>
        <translation>&apos;{title}&apos; MD projesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback of {date}</source>
        <translation>{date} tarihli geri bildirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note on contact reason &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; temas nedenine ilişkin not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominating from a contact reason</source>
        <translation>Temas nedeninden aday gösterme</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>A {stage} snapshot dated {date} would come before the {other} snapshot of {other_date}, an earlier stage.</source>
        <translation>{date} tarihli {stage} anlık durumu, daha önceki bir aşama olan {other_date} tarihli {other} anlık durumundan önceye düşer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A {stage} snapshot dated {date} would come after the {other} snapshot of {other_date}, a later stage.</source>
        <translation>{date} tarihli {stage} anlık durumu, daha sonraki bir aşama olan {other_date} tarihli {other} anlık durumundan sonraya düşer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A client needs a name.</source>
        <translation>Kurum adı girilmelidir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A client name can be at most {limit} characters long.</source>
        <translation>Kurum adı en fazla {limit} karakter olabilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A respondent needs a name or a code.</source>
        <translation>Katılımcının bir adı veya kodu olmalı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{question} is not a question of form version {version}.</source>
        <translation>{question}, {version} sürümlü formun bir sorusu değil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{question} is marked not applicable to this client&apos;s snapshot.</source>
        <translation>{question}, bu kurumun anlık durumu için geçerli değil olarak işaretlendi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} answers are to questions left out for this client: they are kept but not counted (not expected, not scored).</source>
        <translation>{count} yanıt bu kurum için dışarıda bırakılan sorulara ait: saklanır ama sayılmaz (beklenmez, puanlanmaz).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 answer is to a question left out for this client: it is kept but not counted (not expected, not scored).</source>
        <translation>1 yanıt bu kurum için dışarıda bırakılan bir soruya ait: saklanır ama sayılmaz (beklenmez, puanlanmaz).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A {role} respondent does not answer {question}.</source>
        <translation>{role} rolündeki bir katılımcı {question} sorusunu yanıtlamaz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{question}: &apos;{value}&apos; is not valid: {expected}.</source>
        <translation>{question}: &apos;{value}&apos; geçerli değil: {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPI &apos;{name}&apos; is already defined for this client.</source>
        <translation>&apos;{name}&apos; KPI&apos;ı bu kurum için zaten tanımlı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no suggested KPI &apos;{key}&apos;.</source>
        <translation>&apos;{key}&apos; adında önerilen bir KPI yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The checklist of the stage {stage} has no item &apos;{key}&apos;.</source>
        <translation>{stage} aşamasının kontrol listesinde &apos;{key}&apos; maddesi yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist item &apos;{key}&apos; ticks itself from the data; open its screen instead.</source>
        <translation>&apos;{key}&apos; kontrol listesi maddesi verilerden kendiliğinden işaretlenir; bunun yerine ilgili ekranı açın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} was raised at a later snapshot; it cannot be resolved at an earlier one.</source>
        <translation>{where} daha sonraki bir anlık durumda tespit edildi; daha önceki bir anlık durumda çözülmüş olamaz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} was raised at a later snapshot; it cannot be solved at an earlier one.</source>
        <translation>{where} daha sonraki bir anlık durumda tespit edildi; daha önceki bir anlık durumda karşılanmış olamaz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact reason &apos;{name}&apos; is already in the list.</source>
        <translation>&apos;{name}&apos; temas nedeni zaten listede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The top contact reasons list already has {limit} reasons; delete or rename one before adding &apos;{name}&apos;.</source>
        <translation>En sık temas nedenleri listesinde zaten {limit} neden var; &apos;{name}&apos; nedenini eklemeden önce birini silin veya yeniden adlandırın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new order must list each of the client&apos;s reasons once.</source>
        <translation>Yeni sıralama, kurumun her nedenini bir kez içermeli.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision of the workshop of {date} is empty.</source>
        <translation>{date} tarihli atölye çalışmasının kararı boş.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: no client has answered the recommend question (0-10) yet; enter the counts of the client&apos;s own survey instead.</source>
        <translation>{where}: henüz hiçbir müşteri tavsiye sorusunu (0-10) yanıtlamadı; bunun yerine kurumun kendi anketindeki sayıları girin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} must be text or an agenda item, not {kind}.</source>
        <translation>{where} {kind} değil, metin veya gündem maddesi olmalı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: its section or reference is too long.</source>
        <translation>{where}: bölümü veya referansı çok uzun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the agenda has more than {limit} items.</source>
        <translation>{where}: gündemde {limit} maddeden fazlası var.</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/store/undo.py" line="+40"/>
        <source>This cannot be undone any more: the data was changed meanwhile by another part of the app or another program (an import, the command line).</source>
        <translation>Bu artık geri alınamaz: veriler bu arada uygulamanın başka bir bölümü veya başka bir program tarafından değiştirildi (bir içe aktarma, komut satırı).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is nothing to undo.</source>
        <translation>Geri alınacak bir şey yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to redo.</source>
        <translation>Yinelenecek bir şey yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That item is no longer in the Trash.</source>
        <translation>Bu öğe artık çöp kutusunda değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{label}&apos; cannot be restored: what it belonged to is gone (for a snapshot, its client). Restore that first, if it is in the Trash.</source>
        <translation>&apos;{label}&apos; geri yüklenemiyor: ait olduğu kayıt artık yok (bir anlık durum için kurumu). Çöp kutusundaysa önce onu geri yükleyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{label}&apos; cannot be restored: a record it holds is in the data again (brought back another way).</source>
        <translation>&apos;{label}&apos; geri yüklenemiyor: içerdiği bir kayıt verilerde yeniden var (başka bir yolla geri getirildi).</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/reports/office.py" line="+22"/>
        <source>{path} exists already; nothing was written (--force replaces it)</source>
        <translation>{path} zaten var; hiçbir şey yazılmadı (--force yerine yazar)</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/services/bundle.py" line="+49"/>
        <source>{path} is not a CSMM Desktop client file (.csmm). Nothing was changed.</source>
        <translation>{path} bir CSMM Desktop kurum dosyası (.csmm) değil. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client file {path} is damaged or was altered ({detail}): it was not imported. Nothing was changed; ask for the file again.</source>
        <translation>{path} kurum dosyası bozuk ya da değiştirilmiş ({detail}): içe aktarılmadı. Hiçbir şey değiştirilmedi; dosyayı yeniden isteyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client file {path} cannot be read: {detail}. Nothing was changed.</source>
        <translation>{path} kurum dosyası okunamıyor: {detail}. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client file {path} has no manifest (manifest.json): it is not a complete client file. Nothing was changed.</source>
        <translation>{path} kurum dosyasında bildirim (manifest.json) yok: eksiksiz bir kurum dosyası değil. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client file {path} holds an entry named {name}, whose path leads out of the file&apos;s own folder: it was refused. Nothing was changed.</source>
        <translation>{path} kurum dosyasında {name} adlı bir girdi var; yolu dosyanın kendi klasörünün dışına çıkıyor: reddedildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part {name} of the client file {path} is larger than {limit} MB, more than a client&apos;s data can be: it was refused. Nothing was changed.</source>
        <translation>{path} kurum dosyasının {name} bölümü {limit} MB&apos;tan büyük; bir kurumun verisi bu kadar olamaz: reddedildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client file {path} is larger than {limit} MB: it was refused. Nothing was changed.</source>
        <translation>{path} kurum dosyası {limit} MB&apos;tan büyük: reddedildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client file {path} was made by a newer CSMM Desktop ({what} {found}; this app knows up to {known}). Please update the app. Nothing was changed.</source>
        <translation>{path} kurum dosyası daha yeni bir CSMM Desktop ile yapılmış ({what} {found}; bu uygulama en çok {known} sürümünü tanıyor). Lütfen uygulamayı güncelleyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client file {path} holds data this app does not know ({what}): it was made by a newer CSMM Desktop. Please update the app. Nothing was changed.</source>
        <translation>{path} kurum dosyasında bu uygulamanın tanımadığı veri var ({what}): daha yeni bir CSMM Desktop ile yapılmış. Lütfen uygulamayı güncelleyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file format</source>
        <translation>dosya biçimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data version</source>
        <translation>veri sürümü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>app version</source>
        <translation>uygulama sürümü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encryption version</source>
        <translation>şifreleme sürümü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client file {path} uses form version {version}, which this app does not have (it has {have}). Please update the app. Nothing was changed.</source>
        <translation>{path} kurum dosyası {version} form sürümünü kullanıyor; bu uygulamada o sürüm yok (bulunanlar: {have}). Lütfen uygulamayı güncelleyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client file {path} uses the custom form {version}, and this app has another form under that name. Nothing was changed.</source>
        <translation>{path} kurum dosyası {version} özel formunu kullanıyor ve bu uygulamada bu adla başka bir form var. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client file {path} is encrypted: give its password. Nothing was changed.</source>
        <translation>{path} kurum dosyası şifreli: parolasını girin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password does not open the client file {path} (or the file was altered). Nothing was changed.</source>
        <translation>Parola {path} kurum dosyasını açmıyor (ya da dosya değiştirilmiş). Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is empty.</source>
        <translation>Parola boş.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ. Nothing was written.</source>
        <translation>İki parola birbirinden farklı. Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client file {path} has a row of {table} with the id {key}, which here belongs to another client: it was refused. Nothing was changed.</source>
        <translation>{path} kurum dosyasında {table} tablosunun {key} kimlikli bir satırı var; bu kimlik burada başka bir kuruma ait: reddedildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client file {path} has a row of {table} ({key}) whose {column} points to {value}, which is not part of this client: it was refused. Nothing was changed.</source>
        <translation>{path} kurum dosyasında {table} tablosunun bir satırının ({key}) {column} alanı {value} kaydını gösteriyor; o kayıt bu kurumun değil: reddedildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client file {path} has a row of {table} that cannot be stored ({detail}): it was refused. Nothing was changed.</source>
        <translation>{path} kurum dosyasında {table} tablosunun kaydedilemeyen bir satırı var ({detail}): reddedildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client file {path} changed after it was checked (a newer copy?): it was not imported. Nothing was changed; import it again to see what it holds now.</source>
        <translation>{path} kurum dosyası denetlendikten sonra değişmiş (daha yeni bir kopya mı?): içe aktarılmadı. Hiçbir şey değiştirilmedi; şimdi ne içerdiğini görmek için yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The snapshot {snapshot} is not one of the client {client}&apos;s.</source>
        <translation>{snapshot} anlık durumu {client} kurumuna ait değil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {table}…</source>
        <translation>{table} yazılıyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the client file…</source>
        <translation>Kurum dosyası denetleniyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging {table}…</source>
        <translation>{table} birleştiriliyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>çakışma</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/services/issuer.py" line="+41"/>
        <source>The consultancy&apos;s name</source>
        <translation>Danışmanlık firmasının adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consultant</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact</source>
        <translation>İletişim bilgisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The confidentiality line</source>
        <translation>Gizlilik ibaresi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The privacy notice</source>
        <translation>Aydınlatma metni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key messages text</source>
        <translation>Ana mesajlar metni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of the recommendation on {topic}</source>
        <translation>{topic} konusundaki önerinin metni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo {file} is not a PNG or JPEG image.</source>
        <translation>{file} logosu bir PNG veya JPEG görseli değil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo {file} cannot be read as an image: {reason}</source>
        <translation>{file} logosu görsel olarak okunamıyor: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo {file} is {size} MB; at most {limit} MB fit.</source>
        <translation>{file} logosu {size} MB; en fazla {limit} MB olabilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A logo needs a data folder to be copied into.</source>
        <translation>Logonun kopyalanacağı bir veri klasörü gerekir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report&apos;s version must be a whole number from 1 to 999.</source>
        <translation>Raporun sürümü 1 ile 999 arasında bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/domain/form_sheet.py" line="+103"/>
        <source>sheet “{sheet}”, row {row}, column {column} ({field})</source>
        <translation>“{sheet}” sayfası, satır {row}, sütun {column} ({field})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet “{sheet}”, row {row}</source>
        <translation>“{sheet}” sayfası, satır {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet “{sheet}” is missing</source>
        <translation>“{sheet}” sayfası eksik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet “{sheet}” is not part of a form (expected: {expected})</source>
        <translation>“{sheet}” sayfası bir formun parçası değil (beklenen: {expected})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet “{sheet}”, row {row}: the header has no column “{field}”</source>
        <translation>“{sheet}” sayfası, satır {row}: başlıkta “{field}” sütunu yok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: “{field}” is not a column of this sheet (expected: {expected})</source>
        <translation>{where}: “{field}” bu sayfanın bir sütunu değil (beklenen: {expected})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the column “{field}” appears twice in the header</source>
        <translation>{where}: “{field}” sütunu başlıkta iki kez geçiyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the cell is empty</source>
        <translation>{where}: hücre boş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the cell cannot be read (a formula or an error value)</source>
        <translation>{where}: hücre okunamıyor (bir formül ya da hata değeri)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{value}&apos; is not a valid id (expected an id like {example})</source>
        <translation>{where}: &apos;{value}&apos; geçerli bir kimlik değil (beklenen: {example} gibi bir kimlik)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the id &apos;{value}&apos; appears twice (first in row {first})</source>
        <translation>{where}: &apos;{value}&apos; kimliği iki kez geçiyor (ilki satır {first})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{value}&apos; is not an id on the sheet “{target}”</source>
        <translation>{where}: &apos;{value}&apos;, “{target}” sayfasındaki bir kimlik değil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{value}&apos; must start with &apos;{parent}.&apos; (the id it belongs to)</source>
        <translation>{where}: &apos;{value}&apos;, &apos;{parent}.&apos; ile başlamalı (bağlı olduğu kimlik)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{value}&apos; is not the section of topic {topic} ({expected})</source>
        <translation>{where}: &apos;{value}&apos;, {topic} konusunun bölümü değil ({expected})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{value}&apos; is not a scale (expected one of: {expected})</source>
        <translation>{where}: &apos;{value}&apos; bir ölçek değil (beklenenlerden biri: {expected})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{value}&apos; is not a role (expected some of: {expected})</source>
        <translation>{where}: &apos;{value}&apos; bir rol değil (beklenenlerden bazıları: {expected})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the roles &apos;{value}&apos; do not match the roles of section {section} ({expected})</source>
        <translation>{where}: &apos;{value}&apos; rolleri {section} bölümünün rolleriyle ({expected}) uyuşmuyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: a question worded per role needs the text of each role of its section ({expected}) and no common label</source>
        <translation>{where}: role göre yazılmış bir soru, bölümünün her rolü için metin ister ({expected}) ve ortak etiket almaz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: the text is missing (every text needs English and Turkish)</source>
        <translation>{where}: metin eksik (her metnin İngilizcesi ve Türkçesi olmalı)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{value}&apos; is not a number</source>
        <translation>{where}: &apos;{value}&apos; bir sayı değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the weight &apos;{value}&apos; must be a number greater than 0</source>
        <translation>{where}: &apos;{value}&apos; ağırlığı 0&apos;dan büyük bir sayı olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{value}&apos; must be {expected}</source>
        <translation>{where}: &apos;{value}&apos; şöyle olmalı: {expected}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the level thresholds must ascend (planned &lt; measured &lt; optimized, from 0 to 100): {value}</source>
        <translation>{where}: seviye eşikleri artan sırada olmalı (Planlı &lt; Ölçülebilir &lt; Optimize, 0 ile 100 arası): {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: &apos;{value}&apos; is not a setting (expected one of: {expected})</source>
        <translation>{where}: &apos;{value}&apos; bir ayar değil (beklenenlerden biri: {expected})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the setting &apos;{value}&apos; appears twice (first in row {first})</source>
        <translation>{where}: &apos;{value}&apos; ayarı iki kez geçiyor (ilki satır {first})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet “settings”: the setting &apos;{value}&apos; is missing</source>
        <translation>“settings” sayfası: &apos;{value}&apos; ayarı eksik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: &apos;{value}&apos; is not a valid version for a custom form (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, up to 40 characters, with at least one letter: numbers only, such as 1.0, are kept for the app&apos;s own forms)</source>
        <translation>{where}: &apos;{value}&apos; özel bir form için geçerli bir sürüm değil (harf, rakam, &apos;.&apos;, &apos;-&apos; ve &apos;_&apos;, en çok 40 karakter, en az bir harf: 1.0 gibi yalnızca sayılar uygulamanın kendi formlarına ayrılmıştır)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: form version {value} already exists; give the form a new version</source>
        <translation>{where}: {value} form sürümü zaten var; forma yeni bir sürüm verin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: form version {value} differs from the existing form version {other} only in upper and lower case; give the form a new version</source>
        <translation>{where}: {value} form sürümü, var olan {other} form sürümünden yalnızca büyük ve küçük harfleriyle ayrılıyor; forma yeni bir sürüm verin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: the id must be {expected} (the topic&apos;s id and the question&apos;s number in the sheet&apos;s order)</source>
        <translation>{where}: kimlik {expected} olmalı (konunun kimliği ve sorunun sayfadaki sırasına göre numarası)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: topic {topic} has no scored question (a topic of open questions only says so with &apos;no&apos; in the column “scored”)</source>
        <translation>{where}: {topic} konusunda puanlanan soru yok (yalnızca açık uçlu sorulardan oluşan bir konu bunu “scored” sütununa &apos;no&apos; yazarak belirtir)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: topic {topic} is marked as not scored but has scored questions</source>
        <translation>{where}: {topic} konusu puanlanmıyor olarak işaretli ama puanlanan soruları var</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {what} {value} has nothing under it on the sheet “{target}”</source>
        <translation>{where}: {what} {value} altında “{target}” sayfasında hiçbir şey yok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: choice question {question} needs at least two options on the sheet “choices”</source>
        <translation>{where}: {question} seçmeli sorusu “choices” sayfasında en az iki seçenek ister</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: question {question} has the scale {scale}; only choice questions have options</source>
        <translation>{where}: {question} sorusunun ölçeği {scale}; yalnızca seçmeli soruların seçenekleri olur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: the option id &apos;{value}&apos; must be unique within its question and not &apos;na&apos;</source>
        <translation>{where}: &apos;{value}&apos; seçenek kimliği sorusu içinde benzersiz olmalı ve &apos;na&apos; olmamalı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the scale {scale} is of kind {expected}, not &apos;{value}&apos;</source>
        <translation>{where}: {scale} ölçeğinin türü {expected}, &apos;{value}&apos; değil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet “scales”: the scale {scale} is missing</source>
        <translation>“scales” sayfası: {scale} ölçeği eksik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet “scale_values”: the scale {scale} needs at least two values (a scored scale)</source>
        <translation>“scale_values” sayfası: {scale} ölçeği en az iki değer ister (puanlanan bir ölçek)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: every value of the scale {scale} needs a score from 0 to 1</source>
        <translation>{where}: {scale} ölçeğinin her değeri 0 ile 1 arasında bir puan ister</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: question {question} had the {what} &apos;{old}&apos; in form version {version}; an id keeps its meaning across versions (give this question another id)</source>
        <translation>{where}: {question} sorusunun {version} form sürümünde {what} değeri &apos;{old}&apos; idi; bir kimlik sürümler arasında anlamını korur (bu soruya başka bir kimlik verin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: &apos;{value}&apos; is not a relation (expected one of: {expected})</source>
        <translation>{where}: &apos;{value}&apos; bir ilişki değil (beklenen: {expected})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the relation {relation} takes {expected} (given: {count})</source>
        <translation>{where}: {relation} ilişkisi için önceki kimlik sayısı {expected} olmalı (verilen: {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: a dropped question is not in this form: leave the column “question” empty and give the dropped id in “earlier”</source>
        <translation>{where}: çıkarılan bir soru bu formda yoktur: “question” sütununu boş bırakın ve çıkarılan kimliği “earlier” sütununa yazın</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: form version {value} is not stored here (have: {expected})</source>
        <translation>{where}: {value} form sürümü burada kayıtlı değil (kayıtlı olanlar: {expected})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the crosswalk to {value} makes a cycle ({path}): a form can only be related to versions before it</source>
        <translation>{where}: {value} sürümüne eşleştirme bir döngü oluşturuyor ({path}): bir form yalnızca kendinden önceki sürümlerle ilişkilendirilebilir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: &apos;{value}&apos; is not a question of form version {version}</source>
        <translation>{where}: &apos;{value}&apos;, {version} form sürümünün bir sorusu değil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the earlier question {value} is mapped again (first in row {first}); only a split maps one earlier question to several</source>
        <translation>{where}: önceki soru {value} yeniden eşleştirilmiş (ilki satır {first}); bir önceki soruyu birden çok soruya yalnızca bölme (split) eşleştirir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: the earlier question {value} is split into one question only: a split needs at least two rows with it (or use same, reworded or moved)</source>
        <translation>{where}: önceki soru {value} yalnızca bir soruya bölünmüş: bölme için bu soruyu içeren en az iki satır gerekir (ya da same, reworded veya moved kullanın)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exactly one earlier id</source>
        <translation>tam olarak bir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no earlier id</source>
        <translation>sıfır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least two earlier ids</source>
        <translation>en az iki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the form is not valid: {detail}</source>
        <translation>form geçerli değil: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number</source>
        <translation>bir tam sayı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of at least 1</source>
        <translation>en az 1 olan bir tam sayı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number from 0 to 1</source>
        <translation>0 ile 1 arasında bir sayı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from 0.5 to below 1 (e.g. 0.95)</source>
        <translation>0,5 ile 1&apos;in altı arasında bir sayı (örn. 0,95)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes or no</source>
        <translation>yes ya da no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>değerlendirme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>bölüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic</source>
        <translation>konu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale</source>
        <translation>ölçek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles</source>
        <translation>roller</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/services/form_store.py" line="+27"/>
        <source>the file cannot be read as an Excel workbook: {detail}</source>
        <translation>dosya bir Excel çalışma kitabı olarak okunamıyor: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a form is imported from an Excel workbook (.xlsx), not &apos;{suffix}&apos;</source>
        <translation>form bir Excel çalışma kitabından (.xlsx) içe aktarılır, &apos;{suffix}&apos; dosyasından değil</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/services/voice.py" line="+30"/>
        <source>The theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no free-text answer to question {question} of this respondent.</source>
        <translation>Bu katılımcının {question} sorusuna verilmiş serbest metin yanıtı yok.</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/services/applicability.py" line="+36"/>
        <source>&apos;{item}&apos; is not a section, topic or question of form version {version}.</source>
        <translation>&apos;{item}&apos;, {version} form sürümünün bir bölümü, konusu veya sorusu değil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no sector preset &apos;{preset}&apos;; the presets are: {presets}.</source>
        <translation>&apos;{preset}&apos; adlı bir sektör ön ayarı yok; ön ayarlar: {presets}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot {snapshot} is not a snapshot of {client}.</source>
        <translation>{snapshot} anlık durumu {client} kurumuna ait değil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the client (applicability CLIENT), or ask for --presets.</source>
        <translation>Kurumu belirtin (applicability CLIENT) ya da --presets isteyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of questions not applicable to {what} is damaged in the data file.</source>
        <translation>{what} için geçerli olmayan soruların listesi veri dosyasında bozuk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client&apos;s list was made for another form (family &apos;{family}&apos;), not for form version {version} (family &apos;{form_family}&apos;): snapshots on this form start with every question applicable.</source>
        <translation>Kurumun listesi başka bir form için hazırlanmış (&apos;{family}&apos; ailesi), form sürümü {version} (&apos;{form_family}&apos; ailesi) için değil: bu formdaki anlık durumlar tüm soruları geçerli olarak başlar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in form version {version}, so not left out of its snapshots: {items}.</source>
        <translation>Form sürümü {version} içinde yok, bu yüzden anlık durumlarından dışarıda bırakılmadı: {items}.</translation>
    </message>
    <message>
        <location filename="../csmm_desktop/reports/blank_form.py" line="+43"/>
        <source>every question for the role {role} is left out for this client (Applicability): there is no blank form to print</source>
        <translation>{role} rolünün bütün soruları bu kurum için dışarıda bırakıldı (Geçerlilik): basılacak boş form yok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every question is left out for this client (Applicability): there is no blank form to print</source>
        <translation>bütün sorular bu kurum için dışarıda bırakıldı (Geçerlilik): basılacak boş form yok</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/numbers_tab.py" line="+106"/>
        <location filename="../csmm_desktop/views/lazy_tabs.py" line="-6"/>
        <source>Numbers</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of %2 contact reasons: the list is full. Delete one to add another.</source>
        <translation>%1 / %2 temas nedeni: liste dolu. Yeni bir neden eklemek için birini silin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 contact reasons, the most frequent first.</source>
        <translation>%1 / %2 temas nedeni, en sık olan başta.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+12"/>
        <source>Add contact reason</source>
        <translation>Temas nedeni ekle</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The list already holds %1 contact reasons, the most it can. Delete or rename one before adding “%2”.</source>
        <translation>Listede zaten olabilecek en fazla sayıda, %1 temas nedeni var. “%2” nedenini eklemeden önce birini silin ya da yeniden adlandırın.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Move contact reason</source>
        <translation>Temas nedenini taşı</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the contact reason “%1”?</source>
        <translation>“%1” temas nedeni silinsin mi?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete contact reason</source>
        <translation>Temas nedenini sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All months</source>
        <translation>Tüm aylar</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select a snapshot to see and enter its contact volumes.</source>
        <translation>Temas hacimlerini görmek ve girmek için bir anlık durum seçin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the contacts of %1 per channel and reason. Delete clears the selected counts; Ctrl+V pastes counts copied from a spreadsheet.</source>
        <translation>%1 için temas sayılarını kanala ve nedene göre girin. Delete seçili sayıları temizler; Ctrl+V bir elektronik tablodan kopyalanan sayıları yapıştırır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All months added up, read-only: choose a month to type its counts.</source>
        <translation>Tüm ayların toplamı, salt okunur: sayıları girmek için bir ay seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the top contact reasons below to split counts by reason.</source>
        <translation>Sayıları nedene göre ayırmak için en sık temas nedenlerini aşağıya ekleyin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(%1 not split by reason)</source>
        <translation>(%1 tanesi nedene göre ayrılmamış)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all months</source>
        <translation>tüm aylar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact reasons, %1</source>
        <translation>Temas nedenleri, %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not split by reason</source>
        <translation>Nedene göre ayrılmamış</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+134"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Rename contact reason</source>
        <translation>Temas nedenini yeniden adlandır</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Contact volumes</source>
        <translation>Temas hacimleri</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>“%1” is not a whole number of contacts.</source>
        <translation>“%1” geçerli bir temas sayısı değil; tam sayı girin.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Clear counts</source>
        <translation>Sayıları temizle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <source>Paste counts</source>
        <translation>Sayıları yapıştır</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>“%1” is not a whole number of contacts; nothing was pasted.</source>
        <translation>“%1” geçerli bir temas sayısı değil (tam sayı olmalı); hiçbir şey yapıştırılmadı.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Contact reason</source>
        <translation>Temas nedeni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete reason or clear counts…</source>
        <translation>Nedeni sil veya sayıları temizle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move reason up</source>
        <translation>Nedeni yukarı taşı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move reason down</source>
        <translation>Nedeni aşağı taşı</translation>
    </message>
    <message>
        <location filename="../ui/numbers_tab.ui" line="+10"/>
        <source>&amp;Month:</source>
        <translation>&amp;Ay:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add mon&amp;th</source>
        <translation>Ay e&amp;kle</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Contacts by channel and reason</source>
        <translation>Kanala ve nedene göre temaslar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New contact reason</source>
        <translation>Yeni temas nedeni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add reason</source>
        <translation>&amp;Neden ekle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rename</source>
        <translation>Yeniden ad&amp;landır</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;up</source>
        <translation>Yuka&amp;rı taşı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move do&amp;wn</source>
        <translation>Aşağı &amp;taşı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete reason…</source>
        <translation>Nedeni &amp;sil…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pareto chart</source>
        <translation>Pareto grafiği</translation>
    </message>
    <message numerus="yes">
        <location filename="../csmm_desktop/views/engagement/numbers_tab.py" line="-61"/>
        <source>Clear %n selected count(s) of %1?</source>
        <translation>
            <numerusform>%1 için seçili %n sayı temizlensin mi?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-217"/>
        <source>The %Ln contact(s) recorded for it in all snapshots are deleted with it.</source>
        <translation>
            <numerusform>Tüm anlık durumlarda bu neden için kaydedilen %Ln temas da onunla birlikte silinir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>Total: %Ln contact(s)</source>
        <translation>
            <numerusform>Toplam: %Ln temas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeExport</name>
    <message>
        <location filename="../csmm_desktop/views/office_export.py" line="+29"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel workbook</source>
        <translation>Excel çalışma kitabını dışa aktar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PowerPoint presentation (*.pptx)</source>
        <translation>PowerPoint sunusu (*.pptx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PowerPoint deck</source>
        <translation>PowerPoint sunusunu dışa aktar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>E&amp;xport</source>
        <translation>&amp;Dışa aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel Workbook…</source>
        <translation>Excel çalışma kitabı…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint Deck…</source>
        <translation>PowerPoint sunusu…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 zaten var. Yerine yazılsın mı?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved to %1</source>
        <translation>%1 konumuna kaydedildi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file was saved as:
%1</source>
        <translation>Dosya şu adla kaydedildi:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the file</source>
        <translation>Dosyayı aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Preparing the file…</source>
        <translation>Dosya hazırlanıyor…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../csmm_desktop/views/bundle_flow.py" line="-243"/>
        <source>Export Client</source>
        <translation>Kurumu Dışa Aktar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Client</source>
        <translation>Kurumu İçe Aktar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt the file with a password</source>
        <translation>Dosyayı bir parolayla şifrele</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client data on a USB stick is personal data: encrypt it unless it stays on a drive only you can read.</source>
        <translation>USB bellekteki kurum verisi kişisel veridir: yalnızca sizin okuyabildiğiniz bir sürücüde kalmayacaksa şifreleyin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Again:</source>
        <translation>Yeniden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This client file is encrypted. Its password:</source>
        <translation>Bu kurum dosyası şifreli. Parolası:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type a password.</source>
        <translation>Bir parola yazın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>İki parola birbirinden farklı.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../csmm_desktop/views/wizard/pin_dialog.py" line="+81"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again:</source>
        <translation>PIN (tekrar):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to %2 digits.</source>
        <translation>%1–%2 haneli olmalıdır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two PINs are not the same.</source>
        <translation>PIN&apos;ler eşleşmiyor.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../csmm_desktop/views/presentation.py" line="+87"/>
        <source>Snapshot of %1</source>
        <translation>%1 tarihli anlık durum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessed level: %1</source>
        <translation>Değerlendirilen seviye: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>→ ↓ Page Down Space: next · ← ↑ Page Up Backspace: previous · Home / End: first / last · Esc: leave</source>
        <translation>→ ↓ Page Down Boşluk: sonraki · ← ↑ Page Up Backspace: önceki · Home / End: ilk / son · Esc: çık</translation>
    </message>
</context>
<context>
    <name>PrintCheck</name>
    <message>
        <location filename="../csmm_desktop/views/print_check.py" line="+30"/>
        <source>These characters cannot be printed in PDF reports and will show as %1: %2</source>
        <translation>Bu karakterler PDF raporlarında basılamaz ve %1 olarak görünür: %2</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../csmm_desktop/views/report_settings.py" line="-216"/>
        <source>Consultancy profile</source>
        <translation>Danışmanlık profili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultancy</source>
        <translation>Danışmanlık firması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultant</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality line</source>
        <translation>Gizlilik ibaresi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice</source>
        <translation>Aydınlatma metni (KVKK)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the blank forms print a standard KVKK / privacy notice.</source>
        <translation>Boş bırakılırsa boş formlara standart bir KVKK aydınlatma metni basılır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed on the cover, the header and the footer of every report. The logo (PNG or JPEG) is copied into the data folder. The privacy notice is printed on the first page of every blank form.</source>
        <translation>Her raporun kapağında, üst bilgisinde ve alt bilgisinde basılır. Logo (PNG ya da JPEG) veri klasörüne kopyalanır. Aydınlatma metni her boş formun ilk sayfasına basılır.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A logo is stored.</source>
        <translation>Bir logo kayıtlı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No logo</source>
        <translation>Logo yok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a logo</source>
        <translation>Logo seçin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Görseller (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../csmm_desktop/views/wizard/question_widget.py" line="+172"/>
        <source>Write here (optional). It is saved as you type.</source>
        <translation>Buraya yazın (isteğe bağlı). Yazdıkça kaydedilir.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting to be saved…</source>
        <translation>Kaydedilmeyi bekliyor…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved yet. It is tried again when you type or leave the page.</source>
        <translation>Henüz kaydedilmedi. Yazmaya devam ettiğinizde ya da sayfadan ayrıldığınızda yeniden denenecek.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Choose 0–10 (+ for 10), N for N/A</source>
        <translation>0–10 arası seçin (10 için +), Geçerli değil için N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose %1–%2, N for N/A</source>
        <translation>%1–%2 arası seçin, Geçerli değil için N</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No answer yet. Press Enter again to go on without one.</source>
        <translation>Henüz yanıt yok. Yanıtsız ilerlemek için Enter&apos;a bir kez daha basın.</translation>
    </message>
</context>
<context>
    <name>QuoteThemesDialog</name>
    <message>
        <location filename="../csmm_desktop/views/report_settings.py" line="+326"/>
        <source>Quote themes</source>
        <translation>Alıntı temaları</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the free-text answers a theme (a few words, such as &quot;Waiting times&quot;): the report groups the open feedback by theme, with counts and example quotes. Answers left without a theme are listed after the themes.</source>
        <translation>Serbest metin yanıtlarına bir tema verin (&quot;Bekleme süreleri&quot; gibi birkaç sözcük): rapor açık uçlu geri bildirimleri temalara göre, sayılarıyla ve örnek alıntılarla gruplar. Temasız bırakılan yanıtlar temalardan sonra listelenir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This snapshot has no free-text answers.</source>
        <translation>Bu anlık durumda serbest metin yanıtı yok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../csmm_desktop/views/report_dialog.py" line="+25"/>
        <source>Snapshot report</source>
        <translation>Anlık durum raporu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress report (snapshots up to this one)</source>
        <translation>Gelişim raporu (bu anlık duruma kadar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action-plan handout</source>
        <translation>Aksiyon planı çıktısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank forms for paper collection</source>
        <translation>Kağıt üzerinde doldurmak için boş formlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forms for every respondent</source>
        <translation>Tüm katılımcıların formları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management assessment only</source>
        <translation>Yalnızca yönetim değerlendirmesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee survey only</source>
        <translation>Yalnızca çalışan anketi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer experience survey only</source>
        <translation>Yalnızca müşteri deneyimi anketi</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Final (not a draft); the version is the snapshot&apos;s</source>
        <translation>Nihai (taslak değil); sürüm, anlık durumun sürümüdür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the stage checklist (for your own file, not the client&apos;s)</source>
        <translation>Aşama kontrol listesini ekle (kurum için değil, kendi dosyanız için)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turkish and English side by side (executive summary, action plan)</source>
        <translation>Türkçe ve İngilizce yan yana (yönetici özeti, aksiyon planı)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For clients with foreign shareholders: the chosen language on the left, the other on the right. Your key messages print once, as you wrote them.</source>
        <translation>Yabancı ortaklı kurumlar için: seçilen dil solda, diğeri sağda. Ana mesajlarınız bir kez, yazdığınız gibi basılır.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s language is chosen here, whatever the language of the app.</source>
        <translation>Raporun dili, uygulamanın dilinden bağımsız olarak burada seçilir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save report</source>
        <translation>Raporu kaydet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF belgesi (*.pdf)</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+21"/>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No printing system was found on this computer. Open the PDF and print it from your PDF viewer.</source>
        <translation>Bu bilgisayarda bir yazdırma sistemi bulunamadı. PDF dosyasını açıp PDF görüntüleyicinizden yazdırın.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.ui" line="+6"/>
        <source>Export PDF report</source>
        <translation>PDF raporu dışa aktar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapor:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language of the report:</source>
        <translation>Raporun &amp;dili:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Paper:</source>
        <translation>Kağı&amp;t:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save as:</source>
        <translation>Kayıt &amp;yeri:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../csmm_desktop/views/report_dialog.py" line="-54"/>
        <location line="+28"/>
        <source>Export PDF report</source>
        <translation>PDF raporu dışa aktar</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Preparing the report…</source>
        <translation>Rapor hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The report was saved, but “report prepared” could not be ticked on the checklist: %1</source>
        <translation>Rapor kaydedildi, ancak kontrol listesinde “rapor hazırlandı” işaretlenemedi: %1</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../csmm_desktop/views/report_settings.py" line="+52"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultancy profile…</source>
        <translation>Danışmanlık profili…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key messages…</source>
        <translation>Ana mesajlar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote themes…</source>
        <translation>Alıntı temaları…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consultancy profile</source>
        <translation>Danışmanlık profili</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key messages</source>
        <translation>Ana mesajlar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Quote themes</source>
        <translation>Alıntı temaları</translation>
    </message>
</context>
<context>
    <name>RespondentBulk</name>
    <message>
        <location filename="../csmm_desktop/views/respondent_bulk.py" line="+29"/>
        <source>Delete respondents</source>
        <translation>Katılımcıları sil</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n katılımcı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %n selected respondent(s) and all their answers?</source>
        <translation>
            <numerusform>Seçili %n katılımcı ve tüm yanıtları silinsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename respondents</source>
        <translation>Katılımcıları yeniden adlandır</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Name the %n selected respondent(s) with this text and a number:</source>
        <translation>
            <numerusform>Seçili %n katılımcıyı bu metin ve bir numarayla adlandır:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <location filename="../csmm_desktop/views/wizard/respondent_dialog.py" line="+43"/>
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
    <name>RestoreDialog</name>
    <message>
        <location filename="../csmm_desktop/views/data_file.py" line="+41"/>
        <source>Before an upgrade</source>
        <translation>Güncelleme öncesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (at start)</source>
        <translation>Otomatik (açılışta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made by you</source>
        <translation>Sizin aldığınız</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Geri yükleme öncesi</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+36"/>
        <source>Restore from backup</source>
        <translation>Yedekten geri yükle</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Choose the copy to go back to. Your data as it is now is saved as a backup first (“Before a restore”), so you can come back to it the same way.</source>
        <translation>Geri dönmek istediğiniz kopyayı seçin. Verilerinizin şu anki hâli önce bir yedek olarak kaydedilir (“Geri yükleme öncesi”); böylece aynı yolla bu hâline geri dönebilirsiniz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup in this data folder yet.</source>
        <translation>Bu veri klasöründe henüz yedek yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clients</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Replace all your data with the backup of %1? Open assessment windows are closed first. Your data as it is now is kept as a backup.</source>
        <translation>Tüm verileriniz %1 tarihli yedekle değiştirilsin mi? Açık değerlendirme pencereleri önce kapatılır. Verilerinizin şimdiki hâli yedek olarak saklanır.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The backup of %1 was restored. Your data as it was is kept as the backup %2.</source>
        <translation>%1 tarihli yedek geri yüklendi. Verilerinizin önceki hâli %2 yedeği olarak saklanıyor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your data file is gone</source>
        <translation>Veri dosyanız yerinde değil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing more can be saved until the data file is back. CSMM Desktop can still save a copy of all the data it has open now: keep it somewhere safe, then put it back as csmm.sqlite in the data folder (or use --data-dir).</source>
        <translation>Veri dosyası yerine gelene kadar hiçbir şey kaydedilemez. CSMM Desktop şu anda açık olan tüm verilerin bir kopyasını yine de kaydedebilir: kopyayı güvenli bir yerde saklayın, sonra veri klasörüne csmm.sqlite adıyla geri koyun (ya da --data-dir ile kullanın).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy…</source>
        <translation>Kopyasını kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a copy of your data</source>
        <translation>Verilerinizin kopyasını kaydedin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSMM data file (*.sqlite)</source>
        <translation>CSMM veri dosyası (*.sqlite)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All your data was saved to:
%1</source>
        <translation>Tüm verileriniz şuraya kaydedildi:
%1</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../csmm_desktop/views/save_dialog.py" line="+52"/>
        <source>Save anyway</source>
        <translation>Yine de kaydet</translation>
    </message>
</context>
<context>
    <name>SavedLabel</name>
    <message>
        <location filename="../csmm_desktop/views/saved_label.py" line="+37"/>
        <source>Saved %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last change was saved to the data file at %1.</source>
        <translation>Son değişiklik veri dosyasına %1 saatinde kaydedildi.</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <location filename="../csmm_desktop/views/score_text.py" line="+49"/>
        <source>%1 (indicative)</source>
        <translation>%1 (gösterge niteliğinde)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no interval: a group of one</source>
        <translation>güven aralığı yok: tek kişilik grup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 interval %2</source>
        <translation>%1 güven aralığı: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Indicative level: the data is too thin or too close to a threshold.</source>
        <translation>Seviye gösterge niteliğinde: veri çok az ya da bir eşiğe çok yakın.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no answers</source>
        <translation>yanıt yok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · indicative</source>
        <translation>%1 · gösterge niteliğinde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not applicable to this client</source>
        <translation>bu kurum için geçerli değil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answers: not in the score</source>
        <translation>yanıt yok: puana katılmadı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>coverage %1</source>
        <translation>yanıt kapsamı %1</translation>
    </message>
    <message numerus="yes">
        <location line="-96"/>
        <source>%n client answer(s)</source>
        <translation>
            <numerusform>%n müşteri yanıtı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 mgmt · %2 staff · %n client(s)</source>
        <translation>
            <numerusform>%1 yönetici · %2 çalışan · %n müşteri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../csmm_desktop/views/help.py" line="+28"/>
        <source>Main window</source>
        <translation>Ana pencere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard Shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>İşlevi</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../csmm_desktop/views/snapshot_dialog.py" line="+49"/>
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
<context>
    <name>StartupFlow</name>
    <message>
        <location filename="../csmm_desktop/views/startup.py" line="+207"/>
        <source>Nothing can be saved into this data file. Use File → Restore from Backup… to go back to a sound copy; the damaged file is kept as a backup first.</source>
        <translation>Bu veri dosyasına hiçbir şey kaydedilemez. Sağlam bir kopyaya dönmek için Dosya → Yedekten geri yükle… komutunu kullanın; hasarlı dosya önce yedek olarak saklanır.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The start-up backup could not be made: %1</source>
        <translation>Açılış yedeği alınamadı: %1</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../csmm_desktop/views/trash_dialog.py" line="+34"/>
        <location line="+83"/>
        <location line="+18"/>
        <source>Trash</source>
        <translation>Çöp kutusu</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Deleted clients, snapshots, respondents and records, with everything they held. Restore puts one back as it was.</source>
        <translation>Silinen kurumlar, anlık durumlar, katılımcılar ve kayıtlar, içerdikleri her şeyle birlikte. Geri yükle, birini olduğu gibi geri getirir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Silinme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records held</source>
        <translation>Kayıt sayısı</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+51"/>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Delete for Good</source>
        <translation>Kalıcı olarak sil</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>Empty Trash</source>
        <translation>Çöp kutusunu boşalt</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>Delete %n item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n öğe kalıcı olarak silinsin mi? Bu işlem geri alınamaz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Empty the Trash: delete %n item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Çöp kutusu boşaltılsın mı: %n öğe kalıcı olarak silinecek. Bu işlem geri alınamaz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../csmm_desktop/views/undo_actions.py" line="+84"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri al: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Yinele: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the assessment windows first: an undo could take back an answer.</source>
        <translation>Önce değerlendirme pencerelerini kapatın: geri alma bir yanıtı da geri alabilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Çöp kutusu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone: %1</source>
        <translation>Geri alındı: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redone: %1</source>
        <translation>Yinelendi: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the last change</source>
        <translation>son değişiklik</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../csmm_desktop/views/help.py" line="+80"/>
        <source>To begin, add your first client: &lt;b&gt;New client…&lt;/b&gt; (Ctrl+N). The demo client in the list shows a finished engagement to look around in.</source>
        <translation>Başlamak için ilk kurumunuzu ekleyin: &lt;b&gt;Yeni kurum…&lt;/b&gt; (Ctrl+N). Listedeki örnek kurum, inceleyebileceğiniz tamamlanmış bir danışmanlık çalışmasını gösterir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To begin, add your first client: &lt;b&gt;New client…&lt;/b&gt; (Ctrl+N), or look around a finished engagement first: &lt;b&gt;Add demo client&lt;/b&gt;.</source>
        <translation>Başlamak için ilk kurumunuzu ekleyin: &lt;b&gt;Yeni kurum…&lt;/b&gt; (Ctrl+N) ya da önce tamamlanmış bir danışmanlık çalışmasını inceleyin: &lt;b&gt;Örnek kurum ekle&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to CSMM Desktop</source>
        <translation>CSMM Desktop&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Then take a snapshot, add respondents or import their answers, and export the report. Press F1 at any time for the user guide, opened at the screen you are on.</source>
        <translation>Ardından bir anlık durum alın, katılımcı ekleyin ya da yanıtlarını içe aktarın ve raporu dışa aktarın. Kullanım kılavuzu için istediğiniz an F1 tuşuna basın; kılavuz bulunduğunuz ekranın sayfasında açılır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the user guide</source>
        <translation>Kullanım kılavuzunu aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/workshop_dialog.py" line="+42"/>
        <source>Edit workshop</source>
        <translation>Atölye çalışmasını düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New workshop</source>
        <translation>Yeni atölye çalışması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and roles, one per line</source>
        <translation>Ad ve görevler, her satıra bir kişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the workshop is about</source>
        <translation>Atölye çalışmasının konusu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found and agreed</source>
        <translation>Neler tespit edildi ve üzerinde uzlaşıldı</translation>
    </message>
    <message>
        <location filename="../ui/workshop_dialog.ui" line="+6"/>
        <source>Workshop</source>
        <translation>Atölye çalışması</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Katılanlar:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Agenda:</source>
        <translation>&amp;Gündem:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
</context>
<context>
    <name>WorkshopsTab</name>
    <message>
        <location filename="../csmm_desktop/views/engagement/workshops_tab.py" line="+141"/>
        <location filename="../csmm_desktop/views/lazy_tabs.py" line="+18"/>
        <source>Workshops</source>
        <translation>Atölye çalışmaları</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select a snapshot to see its workshops.</source>
        <translation>Atölye çalışmalarını görmek için bir anlık durum seçin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a workshop to see its notes and decisions.</source>
        <translation>Notlarını ve kararlarını görmek için bir atölye çalışması seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No workshop at this snapshot yet. Add one with “Add workshop”.</source>
        <translation>Bu anlık durumda henüz atölye çalışması yok. “Atölye ekle” ile ekleyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop of %1</source>
        <translation>%1 tarihli atölye çalışması</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>Katılanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>Agenda</source>
        <translation>Gündem</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Delete workshop</source>
        <translation>Atölye çalışmasını sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Record decision</source>
        <translation>Kararı kaydet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Kararlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Due</source>
        <translation>Hedef tarih</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add workshop…</source>
        <translation>&amp;Atölye ekle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a workshop (Insert)</source>
        <translation>Atölye çalışması ekle (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>Düze&amp;nle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected workshop (Enter)</source>
        <translation>Seçili atölye çalışmasını düzenle (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te…</source>
        <translation>Si&amp;l…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected workshop (Delete)</source>
        <translation>Seçili atölye çalışmasını sil (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions taken at this workshop (each becomes an action)</source>
        <translation>Bu atölye çalışmasında alınan kararlar (her biri bir aksiyon olur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision taken at the workshop…</source>
        <translation>Atölye çalışmasında alınan bir karar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue:</source>
        <translation>Hedef &amp;tarih:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record decision</source>
        <translation>&amp;Kararı kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it as an action of this snapshot (Enter)</source>
        <translation>Bu anlık durumun aksiyonu olarak ekle (Enter)</translation>
    </message>
    <message numerus="yes">
        <location line="-64"/>
        <source>Delete the workshop of %1? The %n action(s) decided there stay, no longer linked to it.</source>
        <translation>
            <numerusform>%1 tarihli atölye çalışması silinsin mi? Orada kararlaştırılan %n aksiyon silinmez, yalnızca atölyeyle bağlantısı kalkar.</numerusform>
        </translation>
    </message>
</context>
</TS>
