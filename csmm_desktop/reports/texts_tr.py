"""The Turkish words of the reports (keys as in texts_en.py; see texts.t)."""

TR: dict[str, str] = {
    # common
    "page_of": "sayfa {page} / {total}",
    "contents": "İçindekiler",
    "kicker": "Müşteri Hizmetleri Olgunluk Modeli",
    "level_n": "Seviye {n} · {name}",
    "level_short": "Seviye {n}",
    "client": "Kurum",
    "sector": "Sektör",
    "stage": "Aşama",
    "date": "Tarih",
    "snapshot": "Anlık durum",
    "snapshot_date": "Anlık durum tarihi",
    "consultant": "Danışman",
    "form_version": "Form sürümü",
    "not_given": "belirtilmemiş",
    "missing_note": "– = puan yok (henüz yanıt verilmedi). Ağırlık = konunun puanlanan soru "
    "sayısı.",
    "total": "Toplam",
    "open": "Açık",
    "done": "Tamamlandı",
    "topic_ref": "Konu {id}",
    "cycle_n": "Döngü {n}",
    "notes": "Notlar",
    "title_snapshot": "Olgunluk değerlendirme raporu",
    "title_progress": "Gelişim raporu",
    "title_action_plan": "Aksiyon planı",
    # snapshot report: cover and summary
    "cover_subtitle": "{date} tarihli anlık durum · {stage} aşaması",
    "assessed_level": "Değerlendirilen seviye",
    "overall_score": "Genel puan",
    "s_summary": "Yönetici özeti",
    "fig_change": "Değişim",
    "fig_nps": "NPS",
    "fig_coverage": "Yanıt kapsamı",
    "fig_respondents": "Katılımcılar",
    "note_of_100": "100 üzerinden",
    "note_range": "{low}–{high} puan",
    "note_change_vs": "önceki: {stage}, {date}",
    "note_first": "ilk anlık durum",
    "note_nps": "{n} müşteri yanıtı",
    "note_coverage": "{answered} / {expected} yanıt",
    "note_respondents": "{m} yönetici · {e} çalışan · {clients}",
    "range_bottom": "{high} puanın altında",
    "range_middle": "{low} ile {high} puan arasında ({high} hariç)",
    "range_top": "{low} puan ve üzerinde",
    "sum_score": "Genel puan 100 üzerinden {score}. Bu puan, müşteri hizmetlerini {level} "
    "seviyesine yerleştiriyor ({range}).",
    "sum_score_indicative": "Genel puan 100 üzerinden {score}; bu puan {level} seviyesinin "
    "aralığında ({range}). Ancak veri, müşteri hizmetlerini bu seviyeye güvenle "
    "yerleştirmek için çok az ya da bir eşiğe çok yakın; seviye yalnızca gösterge niteliğinde.",
    "sum_nps_thin": "NPS {nps}, yalnızca {answers} üzerinden ({mix}): bu kadar az yanıttan "
    "fazla sonuç çıkarmamak gerekir.",
    "sum_stage_same": "Bu seviye, çalışmanın bulunduğu {stage} aşamasıyla örtüşüyor.",
    "sum_stage_differs": "Çalışma {stage} aşamasında; yanıtlar ise kurumu {level} "
    "seviyesinde gösteriyor.",
    "sum_change_up": "Önceki anlık durumdan ({stage}, {date}) bu yana genel puan {delta} "
    "puan artarak {old} puandan {new} puana yükseldi.",
    "sum_change_down": "Önceki anlık durumdan ({stage}, {date}) bu yana genel puan {delta} "
    "puan azalarak {old} puandan {new} puana düştü.",
    "sum_change_same": "Genel puan, önceki anlık durumdan ({stage}, {date}) bu yana değişmedi.",
    "sum_first": "Bu, kurumun ilk anlık durumu; sonraki anlık durumlar bununla karşılaştırılacak.",
    "sum_prev_unscored": "Önceki anlık durumun ({stage}, {date}) karşılaştırılacak bir puanı yok.",
    "sum_this_unscored": "Önceki anlık durumun ({stage}, {date}) puanı {old}; o tarihten bu "
    "yana değişim, bu anlık durumda puanlanan yanıtlar verildiğinde görülecek.",
    "sum_both_unscored": "Ne bu anlık durumun ne de öncekinin ({stage}, {date}) puanı var; bu "
    "nedenle gösterilecek bir değişim yok.",
    "sum_sections": "En güçlü bölüm {best} ({best_score}), en zayıf bölüm {worst} ({worst_score}).",
    "sum_gap": "En büyük algı farkı {topic} konusunda: yönetim bu konuyu çalışanlardan "
    "{gap} puan daha {direction} değerlendiriyor.",
    "gap_higher": "yüksek",
    "gap_lower": "düşük",
    "sum_nps": "NPS {nps} ({answers}: {mix}).",
    "sum_nps_band": "Kurumun NPS bantlarına göre (müşteri deneyimi kurulundaki gibi) bu "
    "sonuç: {band}.",
    "sum_coverage": "{respondents}, beklenen {expected} puanlanan yanıttan {answered} "
    "tanesini verdi (yanıt kapsamı {coverage}).",
    "sum_no_score": "Henüz puanlanan bir yanıt verilmediği için puan hesaplanamadı.",
    "snapshot_notes": "Anlık durum notları",
    # how the score is made
    "s_method": "Puan nasıl hesaplanır",
    "method_intro": "Bu rapordaki her sayı, yanıtlardan aynı sabit kurallarla hesaplanır:",
    "method_1": "Her yanıt 0 ile 1 arasında bir değere çevrilir. 1–5 ölçeklerinde 1 sıfır, "
    "5 bir sayılır; yani (yanıt − 1) ÷ 4. Evet / kısmen / hayır 1 / 0,5 / 0 sayılır; 0–10 "
    "tavsiye sorusu yanıt ÷ 10 sayılır. “Geçerli değil / Bilmiyorum” ve boş bırakılan "
    "sorular hesaba katılmaz; hiçbir zaman sıfır sayılmaz. Serbest metin ve seçmeli "
    "sorular puanlanmaz.",
    "method_2": "Bir katılımcının konu puanı, o konudaki puanlanan sorulara verdiği "
    "yanıtların değerlerinin ortalamasıdır.",
    "method_3": "Bir konunun bir roldeki puanı, o roldeki katılımcıların konu puanlarının "
    "ortalamasıdır. Bölüm 1.2'yi hem yönetim hem çalışanlar yanıtlar: buradaki bir konunun "
    "puanı iki rol puanının ortalamasıdır; algı farkı ise yönetim puanı eksi çalışan "
    "puanıdır.",
    "method_4": "Bir bölümün puanı, konu puanlarının her konunun puanlanan soru sayısıyla "
    "ağırlıklandırılmış ortalamasıdır; puanı olmayan konular hesaba katılmaz.",
    "method_5": "Bir değerlendirmenin puanı, bölüm puanlarının basit ortalamasıdır. Genel "
    "puan, iki değerlendirme puanının basit ortalamasıdır (yalnızca birinin puanı varsa o "
    "puandır).",
    "method_6": "Puanlar 0–100 arasında, tek ondalıkla gösterilir. Yanıt kapsamı, verilen "
    "puanlanan yanıtların beklenen yanıtlara (her katılımcı × rolünün puanlanan soru "
    "sayısı) oranıdır.",
    "method_7": "Değerlendirilen seviye genel puandan belirlenir: {bands}.",
    "method_8": "NPS, müşterilerin 0–10 tavsiye sorusuna verdiği yanıtlar içinde "
    "destekçilerin (9–10) yüzdesinden kötüleyenlerin (0–6) yüzdesinin çıkarılmasıyla "
    "bulunur; −100 ile +100 arasındadır.",
    "method_example": "Bu anlık durum için hesap",
    # soru ağırlıkları (docs/forms.md "Question weights")
    "method_2_weighted": "Bir katılımcının konu puanı, o konudaki puanlanan sorulara verdiği "
    "yanıtların değerlerinin ağırlıklı ortalamasıdır: her değer sorusunun ağırlığı kadar "
    "sayılır ve toplam, yanıtladığı soruların ağırlıklarının toplamına bölünür.",
    "method_4_weighted": "Bir bölümün puanı, konu puanlarının her konunun ağırlığıyla "
    "(puanlanan sorularının ağırlıklarının toplamı) ağırlıklandırılmış ortalamasıdır; puanı "
    "olmayan konular hesaba katılmaz.",
    "method_weights": "Bu form sorularına ağırlık verir ve ağırlıklar puanlara 2. ve 4. "
    "kurallarda yazıldığı gibi uygulanır: {weights}; diğer her sorunun ağırlığı 1'dir. "
    "Ağırlıklar yanıt kapsamını, soru sonuçlarını ve NPS'i değiştirmez: orada her yanıt bir "
    "kez sayılır.",
    "method_weight_group": "ağırlık {weight}: {questions}",
    "ex_section_weighted": "Bölüm {id} = soru ağırlıklarıyla ağırlıklı konu puanları = "
    "{formula} = {value}",
    "missing_note_weighted": "– = puan yok (henüz yanıt verilmedi). Ağırlık = konunun "
    "puanlanan sorularının ağırlıklarının toplamı.",
    # kuruma göre geçerlilik (docs/forms.md)
    "na_fact": "Kurum için dışarıda bırakılan",
    "na_fact_value": "{n} soru (ek {letter})",
    "na_cell": "geçerli değil",
    "na_title": "Bu kurum için dışarıda bırakılanlar",
    "na_intro": "Formun {n} sorusu bu anlık durum için {client} kurumuna geçerli değil olarak "
    "işaretlendi (anlık durum oluşturulduğu andaki haliyle). Bu sorular sorulmadı, boş "
    "formlara basılmadı, yanıt kapsamının beklenen yanıtları arasında yer almaz ve hiçbir "
    "puana katılmaz: bir konunun ağırlığı geçerli puanlanan soru sayısıdır; tümüyle dışarıda "
    "bırakılan bir konunun veya bölümün puanı yoktur ve hiçbir ortalamaya girmez.",
    "na_intro_weighted": "Formun {n} sorusu bu anlık durum için {client} kurumuna geçerli "
    "değil olarak işaretlendi (anlık durum oluşturulduğu andaki haliyle). Bu sorular "
    "sorulmadı, boş formlara basılmadı, yanıt kapsamının beklenen yanıtları arasında yer "
    "almaz ve hiçbir puana katılmaz: bir konunun ağırlığı geçerli puanlanan sorularının "
    "ağırlıklarının toplamıdır; tümüyle dışarıda bırakılan bir konunun veya bölümün puanı "
    "yoktur ve hiçbir ortalamaya girmez.",
    "na_section": "Bölüm {id} {title}: tamamı ({questions})",
    "na_topic": "Konu {id} {title}: tamamı ({questions})",
    "na_question": "Soru {id}: {title}",
    "n_questions": "{n} soru",
    "ex_overall": "Genel puan = değerlendirme puanlarının ortalaması = {formula} = {value}",
    "ex_review": "Değerlendirme {id} = bölüm puanlarının ortalaması = {formula} = {value}",
    "ex_section": "Bölüm {id} = puanlanan soru sayısıyla ağırlıklı konu puanları = "
    "{formula} = {value}",
    "ex_topic": "Konu {id} = yönetim {m} ({mn}) ve çalışanlar {e} ({en}) ortalaması = "
    "{value}; algı farkı {m} − {e} = {gap}",
    "ex_level": "Seviye: {value}, {range}; bu nedenle {level}",
    "ex_nps": "NPS = ({p} − {d}) ÷ {n} × 100 = {value}",
    "ex_coverage": "Yanıt kapsamı = {answered} ÷ {expected} yanıt = {value}",
    "ex_none": "Henüz puanlanan yanıt olmadığı için hesaplanacak bir şey yok.",
    # score tables
    "s_scores": "Puanlar",
    "scores_empty": "Henüz puan yok: bu anlık durumda puanlanan bir yanıt verilmedi.",
    "s_reviews": "Değerlendirmeler ve bölümler",
    "s_topics_of": "Bölüm {id} konuları",
    "col_no": "No.",
    "col_review_section": "Değerlendirme / bölüm",
    "col_answered_by": "Yanıtlayan",
    "col_score": "Puan",
    "col_level": "Seviye",
    "col_topic": "Konu",
    "col_weight": "Ağırlık",
    "col_management": "Yönetim",
    "col_employees": "Çalışanlar",
    "col_gap": "Fark",
    "gap_note": "Algı farkı = yönetim puanı − çalışan puanı. Pozitif fark, yönetimin konuyu "
    "çalışanlardan daha olumlu gördüğünü gösterir.",
    "open_topics_note": "Puanlanan sorusu olmayan konular (açık uçlu geri bildirim) Açık "
    "uçlu geri bildirimler bölümünde yer alır.",
    # charts
    "s_charts": "Grafikler",
    "charts_empty": "Henüz grafik yok: kurumun bu anlık duruma kadarki hiçbir anlık "
    "durumunda yanıt bulunmuyor.",
    "this_snapshot": "Bu anlık durum",
    "previous": "Önceki",
    "ch_sections": "Anlık durumlara göre bölüm puanları",
    "ch_sections_cap": "Her çubuk, bir bölümün kurumun bir anlık durumundaki puanıdır (bu "
    "anlık duruma kadar); kesikli çizgiler seviye eşikleridir.",
    "ch_sections_cap_all": "Her çubuk, bir bölümün kurumun bir anlık durumundaki puanıdır; "
    "kesikli çizgiler seviye eşikleridir.",
    "ch_radar": "Bölüm profili",
    "ch_radar_cap": "Bu anlık durum (düz çizgi) ve bir önceki (kesikli çizgi).",
    "ch_radar_cap_first": "Bu anlık durumun bölüm puanları.",
    "ch_trend": "Genel puanın seyri",
    "ch_trend_cap": "Her anlık durumdaki genel puan ve dört seviye bandı.",
    "ch_heatmap": "Konu puanları: {review}",
    "ch_heatmap_cap": "Her hücre, bir konunun bir anlık durumdaki puanıdır; rengi ulaştığı "
    "seviyeyi gösterir.",
    "ch_gap": "Yönetim ile çalışanlar arasındaki algı farkı",
    "ch_gap_cap": "Sağa uzanan çubuklar: yönetim konuyu çalışanlardan daha yüksek "
    "puanlıyor; sola uzananlar: daha düşük.",
    "ch_nps": "Net Tavsiye Skoru (NPS)",
    "ch_nps_cap": "Müşteri yanıtları içinde kötüleyenlerin (0–6), pasiflerin (7–8) ve "
    "destekçilerin (9–10) payı.",
    # strongest and weakest
    "s_ranked": "En güçlü ve en zayıf konular",
    "strongest": "En güçlü konular",
    "weakest": "En zayıf konular",
    "col_suggestion": "Önerilen aksiyon",
    "ranked_empty": "Henüz puanı olan bir konu yok.",
    "s_suggestions": "Önerilen aksiyonlar",
    "suggestions_intro": "Kurumu {level} seviyesinden en çok alıkoyan konular için; "
    "sıralama, konunun bu seviyeye ulaşmak için eksik puanı × ağırlığı (puanlı soru sayısı) "
    "ile yapılır. {date} itibarıyla ele alınmış bir konu (üzerindeki bir aksiyon "
    "tamamlanmış ya da bir gereksinimi karşılanmış) işaretlidir.",
    "suggestions_intro_top": "Kurumun ulaştığı {level} seviyesinin hâlâ altında kalan "
    "konular için; sıralama, konunun eksik puanı × ağırlığı (puanlı soru sayısı) ile yapılır. "
    "{date} itibarıyla ele alınmış bir konu (üzerindeki bir aksiyon tamamlanmış ya da bir "
    "gereksinimi karşılanmış) işaretlidir.",
    "suggestions_intro_weighted": "Kurumu {level} seviyesinden en çok alıkoyan konular "
    "için; sıralama, konunun bu seviyeye ulaşmak için eksik puanı × ağırlığı (puanlı "
    "sorularının ağırlıklarının toplamı) ile yapılır. {date} itibarıyla ele alınmış bir konu "
    "(üzerindeki bir aksiyon tamamlanmış ya da bir gereksinimi karşılanmış) işaretlidir.",
    "suggestions_intro_top_weighted": "Kurumun ulaştığı {level} seviyesinin hâlâ altında "
    "kalan konular için; sıralama, konunun eksik puanı × ağırlığı (puanlı sorularının "
    "ağırlıklarının toplamı) ile yapılır. {date} itibarıyla ele alınmış bir konu (üzerindeki "
    "bir aksiyon tamamlanmış ya da bir gereksinimi karşılanmış) işaretlidir.",
    "suggestions_empty": "{level} seviyesinin altında kalan puanlı konu yok.",
    "suggestions_none": "Henüz öneri yok: öneriler anlık durumun puanlarından gelir.",
    "suggestions_chosen_first": "Yönetici özeti için seçilen öneriler seçildikleri sırayla "
    "önce gelir; diğer konular sıralamadaki yerleriyle izler.",
    "on_summary": "Yönetici özetinde",
    # open feedback
    "s_feedback": "Açık uçlu geri bildirimler",
    "feedback_intro": "Serbest metin yanıtları, katılımcıların yazdığı şekliyle.",
    "feedback_empty": "Yazılı geri bildirim verilmedi.",
    "times": "({n} katılımcı)",
    # the effect of the actions done
    "ef_title": "Tamamlanan aksiyonların etkisi",
    "ef_intro": "{stage} anlık durumundan ({date}) bu yana tamamlanan, bir konuya ya da "
    "KPI'ya bağlı her aksiyon ve konu puanının ya da KPI'nın bu anlık duruma kadar değişimi.",
    "ef_period": "{old} → {new}",
    "ef_linked": "Ölçüldüğü yer",
    "ef_change": "Önce → sonra",
    "ef_effect": "Etki",
    "ef_worked": "işe yaradı",
    "ef_no_effect": "görünür etkisi yok",
    "ef_worse": "kötüleşti",
    "ef_not_measured": "ölçülmedi",
    "ef_none": "Bu dönemde bir konuya ya da KPI'ya bağlı aksiyon tamamlanmadı.",
    "ef_sentence": "Bu anlık durumda ölçülen etki ({actions}): {tally}.",
    "n_actions_linked": "konuya ya da KPI'ya bağlı {n} tamamlanan aksiyon",
    "ef_method": "İşe yaradı: konu puanı {points} puandan fazla yükseldi ya da KPI, önceki "
    "değerinin %{share}'inden fazla doğru yönde değişti; kötüleşti: aynısı ters yönde; "
    "arada kalan: görünür etkisi yok. İkisi de bağlıysa, iki anlık durumda da ölçüldüyse "
    "KPI belirler. Aynı dönemdeki başka değişiklikler de bunları etkilemiş olabilir.",
    # roadmap (action plan)
    "rm_title": "Yol haritası",
    "rm_intro": "Aksiyon planı, anlık durum tarihindeki haliyle, 3 aylık döngülere bölünmüş bir "
    "zaman ekseninde: her çubuk bir aksiyonun ne kadar süre planlı ve sürmekte olduğunu, baklava "
    "işareti hedef tarihini, tik ya da çarpı tamamlandığı ya da bırakıldığı günü gösterir. "
    "Numaralar aksiyon tablosundakilerdir.",
    "rm_kpi": "KPI: {kpi}",
    "rm_ahead": "Hedef tarihine kalan süre",
    "rm_caption": "1. döngü kurumun ilk anlık durumuyla başlar; kesikli çizgi anlık durumun "
    "tarihidir ({date}).",
    "rm_dropped": "Bırakılan aksiyonlar ve nedenleri",
    "rm_dropped_on": "Bırakıldığı tarih",
    "rm_why": "Bırakılma nedeni",
    "rm_no_reason": "Neden kaydedilmedi.",
    "times_x": "(×{n})",
    "voice_intro": "Yazılı {answers}; danışman bunların {tagged} tanesini {themes} altında "
    "topladı. Her tema için en çok iki örnek alıntı verilir; birden çok katılımcının yazdığı "
    "aynı metin bir kez, sayısıyla basılır.",
    "voice_untagged": "Henüz bir temaya bağlanmamış yanıtlar",
    "col_theme": "Tema",
    "col_answers": "Yanıt",
    "col_examples": "Örnek alıntılar",
    "n_themes": "{n} tema",
    # problems and requirements
    "s_problems": "Sorunlar",
    "s_requirements": "Gereksinimler",
    "problems_intro": "Bu anlık durumda açık olan ve bu anlık durumda çözülen sorunlar.",
    "requirements_intro": "Bu anlık durumda açık olan ve bu anlık durumda karşılanan "
    "gereksinimler.",
    "col_problem": "Sorun",
    "col_requirement": "Gereksinim",
    "col_raised": "Tespit",
    "col_status": "Durum",
    "resolved_at": "Çözüldü: {stage}, {date}",
    "solved_at": "Karşılandı: {stage}, {date}",
    "problems_empty": "Bu anlık durum için kayıtlı sorun yok.",
    "requirements_empty": "Bu anlık durum için kayıtlı gereksinim yok.",
    # numbers
    "s_numbers": "Rakamlar: temas hacimleri",
    "numbers_intro": "{first} – {last} döneminde ({months}) toplam {total}.",
    "numbers_empty": "Bu anlık durum için kayıtlı temas hacmi yok.",
    "col_channel": "Kanal",
    "col_contacts": "Temas",
    "col_share": "Pay",
    "col_cumulative": "Kümülatif",
    "col_reason": "Temas nedeni",
    "without_reason": "Nedene göre ayrılmamış",
    "ch_pareto": "Temas nedenlerine göre hacim (Pareto)",
    "ch_pareto_cap": "Çubuklar: nedene göre temas sayısı (büyükten küçüğe); çizgi: "
    "kümülatif pay. %80 çizgisinin solundaki nedenler hacmin büyük bölümünü oluşturur.",
    # KPIs
    "s_kpis": "Temel performans göstergeleri (KPI)",
    "col_kpi": "KPI",
    "col_direction": "Yön",
    "col_target": "Hedef",
    "col_value": "Değer",
    "critical": "Kritik",
    "kpis_empty": "Bu kurum için henüz KPI tanımlanmadı.",
    # actions
    "s_actions": "Aksiyonlar",
    "status_as_of": "Sorumlular, hedef tarihler ve durumlar anlık durum tarihi olan "
    "{date} itibarıyla.",
    "actions_here": "Bu anlık durumda belirlenen aksiyonlar",
    "actions_earlier": "Önceki anlık durumlardan açık kalanlar",
    "actions_empty": "Bu anlık durum için kayıtlı aksiyon yok.",
    "col_action": "Aksiyon",
    "col_owner": "Sorumlu",
    "col_due": "Hedef tarih",
    "col_cycle": "Döngü",
    "col_linked": "İlgili konu",
    "problem_word": "Sorun",
    "problem_ref": "Sorun: {title}",
    # workshops
    "s_workshops": "Atölye çalışmaları",
    "workshop_on": "{date} tarihli atölye çalışması",
    "participants": "Katılımcılar",
    "agenda": "Gündem",
    "decided": "Alınan aksiyonlar",
    "workshops_empty": "Bu anlık durum için kayıtlı atölye çalışması yok.",
    # checklist
    "s_checklist": "Aşama kontrol listesi ve sonraki adımlar",
    "checklist_this": "{stage} aşaması: {total} adımdan {done} tanesi tamamlandı",
    "col_step": "Adım",
    "next_stage": "Sonraki: {stage} aşaması",
    "next_workshop": "Sonraki: dönemsel atölye çalışması",
    "next_intro": "Bir sonraki anlık durumda yapılacaklar:",
    # progress report
    "progress_subtitle": "{first} – {last} arası {n} anlık durum",
    "p_summary": "Özet",
    "p_sum_text": "{first_stage} anlık durumundan ({first_date}) {last_stage} anlık "
    "durumuna ({last_date}) genel puan {old} puandan {new} puana geldi ({delta} puan); "
    "değerlendirilen seviye: {old_level} → {new_level}.",
    "p_sum_one": "Şimdilik yalnızca bir anlık durum var; karşılaştırma bir sonrakiyle başlayacak.",
    "p_stops_at": "Bu rapor, seçildiği gibi {date} tarihli {stage} anlık durumunda biter: "
    "sonraki {n} anlık durum ve ondan sonra tespit edilen, kapatılan ya da ölçülenler dahil "
    "edilmedi.",
    "p_sum_first": "Seçilen anlık durum kurumun ilk anlık durumudur: henüz karşılaştırılacak "
    "bir şey yok. İlerleme raporu için daha sonraki bir anlık durum seçin.",
    "col_snapshot": "Anlık durum",
    "col_change": "Değişim",
    "p_scores": "Anlık durumlara göre puanlar",
    "p_topics": "Konu puanları",
    # ilerleme raporu: farklı form sürümlerindeki anlık durumlar (domain/crosswalk.py)
    "p_cw_changed": "Bu anlık durumlar arasında form değişti: {old_snap} form sürümü {old} "
    "ile, {new_snap} form sürümü {new} ile yanıtlandı.",
    "p_cw_counts": "Sürüm eşleştirmesine göre: {parts}.",
    "p_cw_compared": "Bu rapor {snap} anlık durumunun {all_topics} konusundan {topics} "
    "tanesini ve {all_sections} bölümünden {sections} tanesini güncel formla karşılaştırır.",
    "p_cw_left": "Karşılaştırılmayanlar (– ile gösterilir): {items}.",
    "p_cw_unlinked": "{old} form sürümünü güncel forma bağlayan bir sürüm eşleştirmesi yok ve "
    "ikisi aynı form ailesinden değil: konu ve bölüm puanları karşılaştırılmaz.",
    "p_cw_overall": "Genel puan ve seviye her formun kendi ölçüsüdür ve yan yana gösterilir.",
    "p_cw_cap": "Başka bir form sürümündeki anlık durumun puanları, sürüm eşleştirmesi "
    "karşılaştırılabilir kıldığında gösterilir (bkz. özet); aksi hâlde –.",
    "cw_new": "yeni sorular",
    "cw_dropped": "çıkarılan sorular",
    "cw_regrouped": "sorular başka konularla yeniden gruplandı",
    "cw_unlinked": "sürüm eşleştirmesi yok",
    "n_cw_same": "{n} soru aynı",
    "n_cw_reworded": "{n} yeniden ifade edildi",
    "n_cw_moved": "{n} taşındı",
    "n_cw_split": "{n} bölünmeden",
    "n_cw_merged": "{n} birleştirmeden",
    "n_cw_new": "{n} yeni",
    "n_cw_dropped": "{n} çıkarıldı",
    "p_topics_cap": "Değişim = son anlık durumun puanı eksi ilk anlık durumun puanı.",
    "p_findings": "Sorunlar ve gereksinimlerin seyri",
    "col_raised_here": "Tespit edilen",
    "col_resolved_here": "Çözülen",
    "col_solved_here": "Karşılanan",
    "col_open_after": "Açık kalan",
    "p_problem_list": "Tüm sorunlar",
    "p_requirement_list": "Tüm gereksinimler",
    "p_kpis": "KPI eğilimleri",
    "p_kpi_charts": "Kritik KPI'ların seyri",
    "p_nps": "NPS'in seyri",
    "p_actions": "Döngülere göre aksiyonlar",
    "p_actions_note": "Her 3 aylık döngüdeki aksiyonların, bu rapordaki son anlık durumun "
    "tarihi olan {date} itibarıyla durumlarına göre sayısı.",
    "p_nps_cap": "Bantlar, müşteri deneyimi kurulundaki gibi kurumun kendi bantlarıdır: "
    "{low} altı {bad}, {low} ve üzeri {good_enough}, {high} ve üzeri {great}.",
    "findings_empty": "Bu kurum için kayıtlı sorun ya da gereksinim yok.",
    # action plan
    "ap_subtitle": "{date} itibarıyla ({stage} aşaması)",
    "ap_intro": "{stage} anlık durumuna kadar belirlenen aksiyonlar, 3 aylık döngülerine göre.",
    "ap_cycle": "Döngü {n} · {actions}",
    "ap_empty": "Bu kurum için henüz kayıtlı aksiyon yok.",
    "ap_overdue_note": "Kırmızı hedef tarih, henüz tamamlanmamış bir aksiyonun hedef tarihinin "
    "anlık durum tarihinden önce olduğunu gösterir.",
    "unprintable": "Bazı karakterler yazdırılamadı ve {placeholder} olarak gösterildi: {chars}.",
    # blank forms
    "bf_title_management": "Yönetim Değerlendirmesi",
    "bf_title_employee": "Çalışan Anketi",
    "bf_title_client": "Müşteri Deneyimi Anketi",
    "bf_title_all": "Anket formları",
    "bf_by": "Bu çalışma {client} adına {issuer} tarafından yürütülmektedir.",
    "bf_about": "Bu anket hakkında",
    "bf_purpose_management": "Bu değerlendirme, {client} yönetimine müşteri hizmetlerinin "
    "bugün nasıl kurgulandığını soruyor: strateji, organizasyon, süreçler, ölçüm ve "
    "iyileştirme. Çalışan ve müşteri anketleriyle birlikte, kurumun nerede durduğunu ve önce "
    "neyin iyileştirilmesi gerektiğini gösterir.",
    "bf_purpose_employee": "{client}, müşteri hizmetlerini kendi çalıştığınız yerden nasıl "
    "gördüğünüzü öğrenmek istiyor: araçlar, eğitim, ekip çalışması ve işinizi zorlaştıranlar. "
    "Yanıtlarınız, önce neyin iyileştirilmesi gerektiğini gösterir.",
    "bf_purpose_client": "{client}, müşteri hizmetlerini nasıl deneyimlediğinizi öğrenmek "
    "istiyor: hizmete ulaşmanın ne kadar kolay olduğunu, taleplerinizin ne kadar iyi "
    "çözüldüğünü ve size nasıl davranıldığını. Yanıtlarınız, önce neyin iyileştirilmesi "
    "gerektiğini gösterir.",
    "bf_time": "Gereken süre: yaklaşık {minutes} dakika ({questions} soru).",
    "bf_anonymous": "Yanıtlarınız gizlidir: diğer katılımcıların yanıtlarıyla birlikte "
    "değerlendirilir, hiçbir zaman tek tek raporlanmaz. Adınızı yazmak isteğe bağlıdır.",
    "bf_privacy": "Kişisel verilerin korunması (KVKK) aydınlatma metni",
    "bf_privacy_default": "Yanıtlarınız {controller} tarafından yalnızca müşteri hizmetlerini "
    "değerlendirmek ve geliştirmek amacıyla toplanır. 6698 sayılı Kişisel Verilerin Korunması "
    "Kanunu (KVKK) uyarınca işlenir, güvenli biçimde saklanır, yalnızca toplu sonuçlar olarak "
    "raporlanır ve üçüncü kişilerle paylaşılmaz. Adınızı yazmak isteğe bağlıdır; istediğiniz "
    "soruyu boş bırakabilirsiniz. Verilerinizle ilgili bilgi almak ya da silinmesini istemek "
    "için {contact} ile iletişime geçin.",
    "bf_privacy_contact": "size bu formu veren kişi",
    "bf_fields": "Katılımcı",
    "bf_code": "Katılımcı kodu",
    "bf_name": "Ad soyad (isteğe bağlı)",
    "bf_date": "Doldurulma tarihi",
    "bf_instructions": "Form nasıl doldurulur",
    "bf_i1": "Her soru için bir kutuyu işaretleyin.",
    "bf_i2": "Soru sizin için geçerli değilse ya da yanıtı bilmiyorsanız “{na}” kutusunu "
    "işaretleyin.",
    "bf_i3": "Açık uçlu soruların yanıtını kendi cümlelerinizle satırlara yazın.",
    "bf_i4": "Her sorunun başındaki numara (örneğin {example}) yanıtlarınızın işlenmesine "
    "yardımcı olur; lütfen olduğu gibi bırakın.",
    "bf_office": "Ofis kullanımı için: ____________________ tarafından ____________ "
    "tarihinde teslim alındı",
    "bf_code_header": "Kod: ________",
    "bf_thanks": "Yanıtlarınız için teşekkür ederiz.",
    "bf_choice_hint": "Birini işaretleyin.",
    # confidence (services/presentation.py; the reasons are catalogue messages)
    "level_indicative": "{level} (gösterge niteliğinde)",
    "indicative": "gösterge niteliğinde",
    "note_interval": "{share} güven aralığı: {interval}",
    "note_no_interval": "güven aralığı yok: tek kişilik grup",
    "note_nps_thin": "{n} müşteri yanıtı · gösterge niteliğinde",
    "conf_why": "Seviye neden yalnızca gösterge niteliğinde",
    "col_interval": "{share} güven aralığı",
    "col_n": "n",
    "not_scored": "yanıt yok: puana katılmadı",
    "interval_note": "Güven aralığı = puanın {share} güven aralığı; n = puanı olan katılımcı "
    "sayısı, rol başına ve rollerin yazıldığı sırayla. – olan aralık hesaplanamıyor (puan "
    "yok ya da grupta tek katılımcı var).",
    "left_out_note": "Hiç yanıt verilmeyen bölümler ({sections}) kendi değerlendirmelerinin "
    "ortalamasına ve genel puana katılmadı; bu durumda seviye gösterge niteliğindedir.",
    "method_confidence": "Puanlar ne kadar kesin",
    "ex_interval": "Genel puanın {share} güven aralığı: {interval} ({respondents})",
    "ex_no_interval": "Genel puanın {share} güven aralığı hesaplanamıyor: dayandığı "
    "gruplardan birinde tek katılımcı var ({respondents})",
    "ex_nps_moe": "NPS hata payı: ± {moe} ({n} üzerinden); yani NPS {nps}",
    "p_interval_note": "Her puanın altında {share} güven aralığı yer alır (hesaplanamıyorsa "
    "–). “Gösterge niteliğinde” işaretli bir seviye, az ya da sınırda veriye dayanır.",
    # counts (texts.tn): a noun stays singular after a number, so no ":one" forms
    "n_respondents": "{n} katılımcı",
    "n_clients": "{n} müşteri",
    "n_answers": "{n} yanıt",
    "n_client_answers": "{n} müşteri yanıtı",
    "n_promoters": "{n} destekçi",
    "n_passives": "{n} pasif",
    "n_detractors": "{n} kötüleyen",
    "n_contacts": "{n} temas",
    "n_months": "{n} ay",
    "n_actions": "{n} aksiyon",
    "n_points": "{n} puan",
    # issuer, issue date, draft/final (every document)
    "issue_date": "Düzenlenme tarihi",
    "issued_by": "Düzenleyen",
    "footer_dates": "veri tarihi {when} · düzenlenme {issued}",
    "mark_draft": "TASLAK · sürüm {v}",
    "mark_final": "Nihai · sürüm {v}",
    # executive summary (one page after the cover)
    "level_means": "Bunun anlamı: {meaning}",
    "meaning_initial": "müşteri hizmetleri bireysel çabaya dayanıyor. Ortak standartlar ve "
    "ölçümler henüz az; deneyim, müşteriye kimin hizmet verdiğine bağlı.",
    "meaning_planned": "temeller planlanmış: standartlar, roller ve süreçler yazılı, ancak "
    "henüz tutarlı biçimde ölçülmüyor ve işi yönlendirmek için kullanılmıyor.",
    "meaning_measured": "performans ölçülüyor ve yönetiliyor: hedefler ve KPI'lar işi "
    "yönlendiriyor, sonuçlar düzenli gözden geçiriliyor; sıradaki adım sistematik iyileştirme.",
    "meaning_optimized": "müşteri hizmetleri bir güç: ölçülüyor, sürekli iyileştiriliyor ve "
    "müşteri etrafında tasarlanıyor; görev, bu düzeyi korumak.",
    "bi_as_written": "Danışmanın yazdığı gibi, tek dilde.",
    "key_messages": "Ana mesajlar",
    "strengths": "Güçlü yönler",
    "priority_gaps": "Öncelikli açıklar",
    "gap_line": "{score}; {level} seviyesinin {gap} puan altında",
    "gap_at_top": "{score}; {level} eşiğinin {gap} puan altında",
    "recommendations": "Öncelikli öneriler",
    "col_recommendation": "Öneri",
    "col_owner_quarter": "Sorumlu · termin",
    "quarter": "{year} Ç{q}",
    "no_recommendations": "Öneri yok: her konu bir sonraki seviyede ya da üstünde.",
    "what_changed": "Ne değişti",
    "mover": "{section}: {change} ({old} → {new})",
    "no_movers": "Hiçbir bölümün puanı değişmedi.",
    "s_glance": "Puanlara genel bakış",
    # appendices
    "appendix": "Ek {letter} · {title}",
    "s_evidence": "Kanıt: her soru nasıl yanıtlandı",
    "evidence_intro": "Soru ve rol başına: beş dereceli ölçekte her yanıtı veren katılımcı "
    "sayısı (1 en düşük, 5 en yüksek), Geçerli değil yanıtının payı ve soruyu yanıtlayan "
    "katılımcı sayısı n. Evet/kısmen/hayır, NPS ve açık uçlu sorular dahil değildir.",
    "evidence_empty": "Beş dereceli ölçekli sorulara henüz yanıt verilmedi.",
    "col_question": "Soru",
    "col_role": "Rol",
    "col_na": "G.D.",
    # benchmark
    "s_benchmark": "Portföy karşılaştırması",
    "benchmark_intro": "Bu kurumun puanları, danışmanlık portföyündeki “{sector}” sektöründen "
    "diğer {n} kurumun puanlanmış son anlık durumuyla karşılaştırılıyor (anonim: hiçbir kurumun "
    "adı verilmez). Ç1 ve Ç3 alt ve üst çeyreklerdir.",
    "benchmark_none": "Karşılaştırma gösterilmiyor: bu portföyde aynı sektörden puanlanmış "
    "anlık durumu olan 5'ten az başka kurum var ({n} bulundu).",
    "benchmark_no_sector": "Karşılaştırma gösterilmiyor: kurumun sektörü kayıtlı değil.",
    "col_this_client": "Bu kurum",
    "col_median": "Medyan",
    "col_q1": "Ç1",
    "col_q3": "Ç3",
    "col_item": "Genel ve bölümler",
    # progress report: the narrative
    "p_moved": "İlerlemeyi ne sağladı: en çok yükselen konular",
    "p_because": "bu konuda tamamlanan ya da çözülenler: {what}",
    "p_lags": "Geride kalanlar: en az yükselen ya da düşen konular",
    "since_done": "O tarihten bu yana {actions}; {findings}.",
    "n_actions_done": "{n} aksiyon tamamlandı",
    "n_findings_closed": "{n} sorun ya da gereksinim kapatıldı",
}

# The catalogue messages a report prints (csmm_desktop.messages), in Turkish: message code ->
# template with the same {placeholders}. English is the catalogue's own template. The Turkish is
# the windows' translation (translations/csmm_desktop_tr.ts), copied here because a report
# cannot use Qt's translators: tests/unit/test_presentation.py fails when the two differ, so
# there is one Turkish wording. reports/texts.render_message picks these.
MESSAGES_TR: dict[str, str] = {
    "confidence.method": "Her puanın %{interval} güven aralığı vardır: anket aynı gruplardan başka "
    "kişilerle defalarca tekrarlansa, bu aralıkların 100'de {interval} tanesi gerçek puanı "
    "içerirdi. Aralık, katılımcıların kendi puanlarının birbirinden ne kadar farklı olduğundan "
    "hesaplanır; yönetim, çalışanlar ve müşteriler için ayrı ayrı bulunur ve puanla aynı şekilde "
    "birleştirilir (Satterthwaite serbestlik dereceli t-aralığı, 0–100 arasında tutulur). "
    "Yalnızca bir katılımcısı olan bir grup için aralık hesaplanamaz. NPS hata payı {z} × √((p + "
    "d − (p − d)²) ÷ n) × 100 puandır; burada p ve d, n yanıt içinde destekçilerin ve "
    "kötüleyenlerin payıdır. Bir seviye şu durumlarda gösterge niteliğinde sayılır: aralığı bir "
    "seviye sınırının iki yanına uzanıyorsa ya da hesaplanamıyorsa, bir bölümde hiç yanıt yoksa ya da beklenen "
    "yanıtların %{coverage} kadarından azı verilmişse, ya da yanıt veren yönetici sayısı "
    "{management}, çalışan sayısı {employee} veya müşteri sayısı {client} kişiden azsa.",
    "confidence.role.management": "yönetim",
    "confidence.role.employee": "çalışanlar",
    "confidence.role.client": "müşteriler",
    "confidence.reason.interval_crosses_threshold": "Genel puanın güven aralığı bir seviye "
    "sınırının iki yanına uzanıyor.",
    "confidence.reason.interval_undefined": "Genel puanın güven aralığı hesaplanamıyor: dayandığı "
    "gruplardan birinde yalnızca bir katılımcı var.",
    "confidence.reason.missing_role": "Yanıt verenler arasında {role} grubundan kimse yok.",
    "confidence.reason.thin_role": "Yanıt verenler arasında {role} grubundan {count} kişi var; en "
    "az {minimum} kişi gerekir.",
    "confidence.reason.section_missing": "{section} bölümünde hiç yanıt yok; bu bölüm puana "
    "katılmadı.",
    "confidence.reason.low_coverage": "{section} bölümünde beklenen yanıtların yalnızca "
    "%{coverage} kadarı var (en az %{minimum} gerekir).",
}
