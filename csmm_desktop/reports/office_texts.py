"""The words of the Excel workbook, the response template and the PowerPoint deck, in
English and Turkish: key -> (English, Turkish). `w(lang, key, **values)` fills the
{placeholders}. Level, role, status and question texts come from the domain and the form;
the words shared with the PDF reports from reports/texts.py. No Qt."""

from __future__ import annotations

OFFICE: dict[str, tuple[str, str]] = {
    # sheet names (31 characters at most; "responses" is the import format's and stays)
    "sh_summary": ("Summary", "Özet"),
    "sh_sections": ("Sections", "Bölümler"),
    "sh_topics": ("Topics", "Konular"),
    "sh_questions": ("Questions", "Sorular"),
    "sh_kpis": ("KPIs", "KPI'lar"),
    "sh_actions": ("Actions", "Aksiyonlar"),
    "sh_history": ("Action history", "Aksiyon geçmişi"),
    "sh_problems": ("Problems", "Sorunlar"),
    "sh_requirements": ("Requirements", "Gereksinimler"),
    "sh_instructions": ("Instructions", "Açıklamalar"),
    "sh_lists": ("lists", "listeler"),
    # summary
    "title": ("CSMM assessment — {client}", "CSMM değerlendirmesi — {client}"),
    "k_client": ("Client", "Kurum"),
    "k_snapshot": ("Snapshot", "Anlık durum"),
    "k_date": ("Snapshot date", "Anlık durum tarihi"),
    "k_consultant": ("Consultant", "Danışman"),
    "k_form": ("Form version", "Form sürümü"),
    "k_exported": ("Exported on", "Dışa aktarma tarihi"),
    "k_overall": ("Overall score (0–100)", "Genel puan (0–100)"),
    "k_interval": ("{share} interval", "{share} güven aralığı"),
    "k_level": ("Level", "Seviye"),
    "k_indicative": ("Level is indicative", "Seviye gösterge niteliğinde"),
    "k_why": ("Why indicative", "Neden gösterge niteliğinde"),
    "k_coverage": ("Coverage", "Yanıt kapsamı"),
    "k_answered": ("Scored answers given", "Verilen puanlı yanıt"),
    "k_expected": ("Scored answers expected", "Beklenen puanlı yanıt"),
    "k_nps": ("NPS", "NPS"),
    "k_nps_margin": ("NPS margin of error (points)", "NPS hata payı (puan)"),
    "k_nps_answers": ("NPS answers", "NPS yanıtı"),
    "k_respondents": ("Respondents", "Katılımcılar"),
    "k_respondents_role": ("Respondents: {role}", "Katılımcılar: {role}"),
    "k_left_out": ("Sections left out (no answers)", "Dışarıda kalan bölümler (yanıt yok)"),
    "k_method": ("Method", "Yöntem"),
    "k_sheets": ("Sheets", "Sayfalar"),
    "yes": ("yes", "evet"),
    "no": ("no", "hayır"),
    "empty": (
        "This snapshot has no answers yet: there are no scores to export.",
        "Bu anlık durumda henüz yanıt yok: dışa aktarılacak puan yok.",
    ),
    "none_rows": ("None recorded.", "Kayıt yok."),
    "responses_note": (
        "The sheet “responses” is in the import format: it imports back as it is.",
        "“responses” sayfası içe aktarma biçimindedir: olduğu gibi geri aktarılabilir.",
    ),
    # columns
    "c_id": ("No.", "No."),
    "c_section": ("Section", "Bölüm"),
    "c_review": ("Review", "İnceleme"),
    "c_topic": ("Topic", "Konu"),
    "c_title": ("Title", "Başlık"),
    "c_score": ("Score", "Puan"),
    "c_level": ("Level", "Seviye"),
    "c_low": ("Interval low", "Aralık alt"),
    "c_high": ("Interval high", "Aralık üst"),
    "c_interval": ("Interval", "Aralık"),
    "c_coverage": ("Coverage", "Yanıt kapsamı"),
    "c_n_role": ("n {role}", "n {role}"),
    "c_gap": ("Gap management − employees", "Fark yönetim − çalışanlar"),
    "c_question": ("Question", "Soru"),
    "c_text": ("Question text", "Soru metni"),
    "c_roles": ("Answered by", "Yanıtlayan"),
    "c_scale": ("Scale", "Ölçek"),
    "c_answer": ("Answer", "Yanıt"),
    "c_label": ("Answer text", "Yanıt metni"),
    "c_count": ("Count", "Sayı"),
    "c_share": ("Share", "Pay"),
    "c_name": ("Name", "Ad"),
    "c_unit": ("Unit", "Birim"),
    "c_direction": ("Direction", "Yön"),
    "c_target": ("Target", "Hedef"),
    "c_value": ("Value", "Değer"),
    "c_status": ("Status", "Durum"),
    "c_critical": ("Critical", "Kritik"),
    "c_description": ("Description", "Açıklama"),
    "c_owner": ("Owner", "Sorumlu"),
    "c_due": ("Due", "Bitiş tarihi"),
    "c_cycle": ("Cycle", "Dönem"),
    "c_action": ("Action", "Aksiyon"),
    "c_at": ("When", "Ne zaman"),
    "c_kind": ("Kind", "Tür"),
    "c_changes": ("Changes", "Değişiklikler"),
    "c_feedback": ("Feedback", "Geri bildirim"),
    "c_raised": ("Raised at", "Açıldığı anlık durum"),
    "c_closed": ("Closed at", "Kapandığı anlık durum"),
    "c_note": ("Note", "Not"),
    "c_open": ("Open", "Açık"),
    "c_column": ("Column", "Sütun"),
    "c_answers": ("Answers", "Yanıtlar"),
    "h_created": ("created", "oluşturuldu"),
    "h_changed": ("changed", "değiştirildi"),
    "h_feedback": ("feedback", "geri bildirim"),
    "free_text": ("free text", "serbest metin"),
    "na": ("na = not applicable", "na = geçerli değil"),
    # template
    "tpl_title": ("Response template — {form}", "Yanıt şablonu — {form}"),
    "tpl_intro": (
        "Fill one row per respondent on the sheet “responses”, then import the file "
        "(File → Import responses). Do not rename the sheet or change the first row.",
        "“responses” sayfasına her katılımcı için bir satır doldurun, sonra dosyayı içe "
        "aktarın (Dosya → Yanıtları içe aktar). Sayfanın adını ve ilk satırı değiştirmeyin.",
    ),
    "tpl_respondent": (
        "respondent: a code or a name, different on every row.",
        "respondent: her satırda farklı bir kod ya da ad.",
    ),
    "tpl_role": (
        "role: management, employee or client — the second row of each column says "
        "which roles answer it; leave the others empty.",
        "role: management (yönetim), employee (çalışan) ya da client (müşteri) — her "
        "sütunun ikinci satırı hangi rollerin yanıtladığını söyler; diğerlerini boş bırakın.",
    ),
    "tpl_answers": (
        "Answers: choose from the drop-down list of the cell; na means not applicable; an "
        "empty cell is not answered. Rows whose first cell starts with # are ignored.",
        "Yanıtlar: hücrenin açılır listesinden seçin; na geçerli değil demektir; boş hücre "
        "yanıtlanmamış sayılır. İlk hücresi # ile başlayan satırlar okunmaz.",
    ),
    "tpl_columns": ("The columns", "Sütunlar"),
    "tpl_row_role": ("# answered by", "# yanıtlayan"),
    "tpl_row_text": ("# question", "# soru"),
    # deck
    "d_subtitle": ("{snapshot} · {date}", "{snapshot} · {date}"),
    "d_prepared": ("Prepared on {date}", "Hazırlanma tarihi: {date}"),
    "d_level": ("Maturity level", "Olgunluk seviyesi"),
    "d_level_line": ("{level} · overall {score}", "{level} · genel puan {score}"),
    "d_interval": ("{share} interval: {interval}", "{share} güven aralığı: {interval}"),
    "d_indicative": ("Indicative level:", "Gösterge niteliğinde seviye:"),
    "d_confident": (
        "The level rests on enough answers from every role.",
        "Seviye her rolden yeterli yanıta dayanıyor.",
    ),
    "d_coverage": (
        "Coverage {coverage} · {n} respondents",
        "Yanıt kapsamı {coverage} · {n} katılımcı",
    ),
    "d_sections": ("Section scores by snapshot", "Anlık durumlara göre bölüm puanları"),
    "d_heat": ("Topic heat map", "Konu ısı haritası"),
    "d_heat_more": ("Topics {first}–{last}", "Konular {first}–{last}"),
    "d_gap": ("Management vs employees", "Yönetim ve çalışanlar"),
    "d_gap_none": (
        "No topic has answers from both management and employees.",
        "Hiçbir konuda hem yönetimden hem çalışanlardan yanıt yok.",
    ),
    "d_nps": ("Net Promoter Score", "Net Tavsiye Skoru"),
    "d_nps_none": ("No NPS answers in this snapshot.", "Bu anlık durumda NPS yanıtı yok."),
    "d_nps_value": ("NPS {nps}", "NPS {nps}"),
    "d_promoters": ("Promoters", "Destekçiler"),
    "d_passives": ("Passives", "Pasifler"),
    "d_detractors": ("Detractors", "Kötüleyenler"),
    "d_recommend": ("Recommendations", "Öneriler"),
    "d_recommend_none": (
        "No topic below the next level's threshold.",
        "Bir sonraki seviyenin eşiğinin altında konu yok.",
    ),
    "d_priority": ("Priority", "Öncelik"),
    "d_summary": ("Executive summary", "Yönetici özeti"),
    "d_change": ("{change} points since {previous}", "{previous} dönemine göre {change} puan"),
    "d_strongest": ("Strongest topics", "En güçlü konular"),
    "d_weakest": ("Weakest topics", "En zayıf konular"),
    "d_roadmap": ("Roadmap: open actions", "Yol haritası: açık aksiyonlar"),
    "d_roadmap_none": (
        "No open actions as of this snapshot.",
        "Bu anlık durum itibarıyla açık aksiyon yok.",
    ),
    "d_more": ("and {n} more", "ve {n} aksiyon daha"),
    "d_empty": (
        "This snapshot has no answers yet: there are no scores to show.",
        "Bu anlık durumda henüz yanıt yok: gösterilecek puan yok.",
    ),
}


def w(lang: str, key: str, **values: object) -> str:
    """The text `key` in `lang` ("en" or "tr") with its {placeholders} filled."""
    en, tr = OFFICE[key]
    text = tr if lang == "tr" else en
    return text.format(**values) if values else text
