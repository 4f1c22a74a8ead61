"""The English words of the reports (keys as in texts_tr.py; see texts.t)."""

EN: dict[str, str] = {
    # common
    "page_of": "page {page} of {total}",
    "contents": "Contents",
    "kicker": "Customer Service Maturity Model",
    "level_n": "Level {n} · {name}",
    "level_short": "Level {n}",
    "client": "Client",
    "sector": "Sector",
    "stage": "Stage",
    "date": "Date",
    "snapshot": "Snapshot",
    "snapshot_date": "Snapshot date",
    "consultant": "Consultant",
    "form_version": "Form version",
    "not_given": "not given",
    "missing_note": "– = no score (no answers yet). Weight = the topic's number of scored "
    "questions.",
    "total": "Total",
    "open": "Open",
    "done": "Done",
    "topic_ref": "Topic {id}",
    "cycle_n": "Cycle {n}",
    "notes": "Notes",
    "title_snapshot": "Maturity assessment report",
    "title_progress": "Progress report",
    "title_action_plan": "Action plan",
    # snapshot report: cover and summary
    "cover_subtitle": "Snapshot of {date} · {stage} stage",
    "assessed_level": "Assessed level",
    "overall_score": "Overall score",
    "s_summary": "Executive summary",
    "fig_change": "Change",
    "fig_nps": "NPS",
    "fig_coverage": "Coverage",
    "fig_respondents": "Respondents",
    "note_of_100": "out of 100",
    "note_range": "{low}–{high} points",
    "note_change_vs": "since {stage}, {date}",
    "note_first": "first snapshot",
    "note_nps": "{n} client answers",
    "note_nps:one": "{n} client answer",
    "note_coverage": "{answered} of {expected} answers",
    "note_respondents": "{m} mgmt · {e} staff · {clients}",
    "range_bottom": "below {high}",
    "range_middle": "from {low} to below {high}",
    "range_top": "{low} and above",
    "sum_score": "The overall score is {score} out of 100, which places the customer "
    "service at the {level} level ({range}).",
    "sum_score_indicative": "The overall score is {score} out of 100, in the range of the "
    "{level} level ({range}); the data is too thin or too close to a threshold to place the "
    "customer service there with confidence, so the level is only indicative.",
    "sum_nps_thin": "NPS is {nps} from only {answers} ({mix}): too few to read much into.",
    "sum_stage_same": "This matches the {stage} stage the engagement is at.",
    "sum_stage_differs": "The engagement is at the {stage} stage; the answers place the "
    "organisation at the {level} level.",
    "sum_change_up": "Since the previous snapshot ({stage}, {date}) the overall score rose "
    "by {delta} points, from {old} to {new}.",
    "sum_change_down": "Since the previous snapshot ({stage}, {date}) the overall score fell "
    "by {delta} points, from {old} to {new}.",
    "sum_change_same": "The overall score is unchanged since the previous snapshot "
    "({stage}, {date}).",
    "sum_first": "This is the client's first snapshot; later snapshots will be compared with it.",
    "sum_prev_unscored": "The previous snapshot ({stage}, {date}) has no score to compare with.",
    "sum_this_unscored": "The previous snapshot ({stage}, {date}) scored {old}; the change "
    "since then shows once this snapshot has scored answers.",
    "sum_both_unscored": "Neither this snapshot nor the previous one ({stage}, {date}) has a "
    "score, so there is no change to show.",
    "sum_sections": "The strongest section is {best} ({best_score}); the weakest is "
    "{worst} ({worst_score}).",
    "sum_gap": "The largest perception gap is in {topic}: management rates it {gap} points "
    "{direction} than employees do.",
    "gap_higher": "higher",
    "gap_lower": "lower",
    "sum_nps": "NPS is {nps} ({answers}: {mix}).",
    "sum_nps_band": "By the client's NPS bands, as on the CX board, that is {band}.",
    "sum_coverage": "{respondents} gave {answered} of the {expected} scored answers expected "
    "(coverage {coverage}).",
    "sum_no_score": "No scored answers have been given yet, so there is no score.",
    "snapshot_notes": "Notes of the snapshot",
    # how the score is made
    "s_method": "How the score is made",
    "method_intro": "Every number in this report is worked out from the answers with the "
    "same fixed rules:",
    "method_1": "Each answer becomes a value from 0 to 1. On the 1–5 scales 1 counts 0 and "
    "5 counts 1, that is (answer − 1) ÷ 4; yes / partly / no count 1 / 0.5 / 0; the 0–10 "
    "recommendation question counts answer ÷ 10. “N/A / don't know” and unanswered "
    "questions are left out: they never count as zero. Free-text and choice questions are "
    "not scored.",
    "method_2": "A respondent's topic score is the mean of their values on the topic's "
    "scored questions.",
    "method_3": "A topic's score for a role is the mean of the topic scores of that role's "
    "respondents. Section 1.2 is answered by management and by employees: a topic there "
    "scores the mean of the two role scores, and its perception gap is management's score "
    "minus the employees' score.",
    "method_4": "A section's score is the mean of its topic scores, each weighted by the "
    "topic's number of scored questions; topics without a score are left out.",
    "method_5": "A review's score is the plain mean of its section scores. The overall "
    "score is the plain mean of the two review scores (or the one review that has a score).",
    "method_6": "Scores are shown from 0 to 100 with one decimal. Coverage is the scored "
    "answers given divided by those expected: each respondent times the scored questions "
    "of their role.",
    "method_7": "The assessed level follows from the overall score: {bands}.",
    "method_8": "NPS is the percentage of promoters (9–10) minus the percentage of "
    "detractors (0–6) among the clients' answers to the 0–10 recommendation question, "
    "from −100 to +100.",
    "method_example": "Worked out for this snapshot",
    # question weights (docs/forms.md "Question weights"): the "_weighted" texts replace
    # their plain ones when the report's form gives a scored question a weight other than 1
    "method_2_weighted": "A respondent's topic score is the weighted mean of their values on "
    "the topic's scored questions: each value counts its question's weight, and the sum is "
    "divided by the weights of the questions they answered.",
    "method_4_weighted": "A section's score is the mean of its topic scores, each weighted by "
    "the topic's weight: the sum of the weights of its scored questions; topics without a "
    "score are left out.",
    "method_weights": "This form gives its questions weights, and they apply to the scores "
    "as rules 2 and 4 say: {weights}; every other question weighs 1. Weights do not change "
    "the coverage, the question figures or the NPS: there each answer counts once.",
    "method_weight_group": "weight {weight}: {questions}",
    "ex_section_weighted": "Section {id} = topic scores weighted by their questions' weights "
    "= {formula} = {value}",
    "missing_note_weighted": "– = no score (no answers yet). Weight = the sum of the weights "
    "of the topic's scored questions.",
    # per-client applicability (docs/forms.md)
    "na_fact": "Left out for the client",
    "na_fact_value": "{n} questions (appendix {letter})",
    "na_cell": "not applicable",
    "na_title": "Left out for this client",
    "na_intro": "{n} questions of the form were marked not applicable to {client} for this "
    "snapshot (as they stood when it was made). They were not asked and not printed on its "
    "blank forms, they are not among the expected answers of the coverage, and they have no "
    "part in any score: a topic's weight is its number of applicable scored questions, and a "
    "topic or section left out whole has no score and is not in any mean.",
    "na_intro:one": "{n} question of the form was marked not applicable to {client} for this "
    "snapshot (as it stood when it was made). It was not asked and not printed on its blank "
    "forms, it is not among the expected answers of the coverage, and it has no part in any "
    "score: a topic's weight is its number of applicable scored questions.",
    "na_intro_weighted": "{n} questions of the form were marked not applicable to {client} "
    "for this snapshot (as they stood when it was made). They were not asked and not printed "
    "on its blank forms, they are not among the expected answers of the coverage, and they "
    "have no part in any score: a topic's weight is the sum of the weights of its applicable "
    "scored questions, and a topic or section left out whole has no score and is not in any "
    "mean.",
    "na_intro_weighted:one": "{n} question of the form was marked not applicable to {client} "
    "for this snapshot (as it stood when it was made). It was not asked and not printed on "
    "its blank forms, it is not among the expected answers of the coverage, and it has no "
    "part in any score: a topic's weight is the sum of the weights of its applicable scored "
    "questions.",
    "na_section": "Section {id} {title}: all of it ({questions})",
    "na_topic": "Topic {id} {title}: all of it ({questions})",
    "na_question": "Question {id}: {title}",
    "n_questions": "{n} questions",
    "n_questions:one": "{n} question",
    "ex_overall": "Overall score = mean of the review scores = {formula} = {value}",
    "ex_review": "Review {id} = mean of its section scores = {formula} = {value}",
    "ex_section": "Section {id} = topic scores weighted by scored questions = {formula} = {value}",
    "ex_topic": "Topic {id} = mean of management {m} ({mn}) and employees {e} ({en}) = "
    "{value}; perception gap {m} − {e} = {gap}",
    "ex_level": "Level: {value} is {range}, so {level}",
    "ex_nps": "NPS = ({p} − {d}) ÷ {n} × 100 = {value}",
    "ex_coverage": "Coverage = {answered} ÷ {expected} answers = {value}",
    "ex_none": "There are no scored answers yet, so there is nothing to work out.",
    # score tables
    "s_scores": "Scores",
    "scores_empty": "No scores yet: no scored answers have been given at this snapshot.",
    "s_reviews": "Reviews and sections",
    "s_topics_of": "Topics of section {id}",
    "col_no": "No.",
    "col_review_section": "Review / section",
    "col_answered_by": "Answered by",
    "col_score": "Score",
    "col_level": "Level",
    "col_topic": "Topic",
    "col_weight": "Weight",
    "col_management": "Management",
    "col_employees": "Employees",
    "col_gap": "Gap",
    "gap_note": "Perception gap = management score − employee score. A positive gap means "
    "management sees the topic more favourably than employees do.",
    "open_topics_note": "Topics without scored questions (open feedback) are shown under "
    "Open feedback.",
    # charts
    "s_charts": "Charts",
    "charts_empty": "No charts yet: no snapshot of this client up to this one has answers.",
    "this_snapshot": "This snapshot",
    "previous": "Previous",
    "ch_sections": "Section scores by snapshot",
    "ch_sections_cap": "Each bar is a section's score at one of the client's snapshots, up "
    "to this one; the dashed lines are the level thresholds.",
    "ch_sections_cap_all": "Each bar is a section's score at one of the client's snapshots; "
    "the dashed lines are the level thresholds.",
    "ch_radar": "Section profile",
    "ch_radar_cap": "This snapshot (solid) against the previous one (dashed).",
    "ch_radar_cap_first": "This snapshot's section scores.",
    "ch_trend": "Overall score over time",
    "ch_trend_cap": "The overall score at each snapshot against the four level bands.",
    "ch_heatmap": "Topic scores: {review}",
    "ch_heatmap_cap": "Each cell is a topic's score at one snapshot, coloured by the level "
    "it reaches.",
    "ch_gap": "Perception gap between management and employees",
    "ch_gap_cap": "Bars to the right: management rates the topic higher than employees do; "
    "to the left: lower.",
    "ch_nps": "Net Promoter Score",
    "ch_nps_cap": "Share of detractors (0–6), passives (7–8) and promoters (9–10) among the "
    "client answers.",
    # strongest and weakest
    "s_ranked": "Strongest and weakest topics",
    "strongest": "Strongest topics",
    "weakest": "Weakest topics",
    "col_suggestion": "Suggested action",
    "ranked_empty": "No topic has a score yet.",
    "s_suggestions": "Suggested actions",
    "suggestions_intro": "For the topics that hold the client back most from the {level} "
    "level, ranked by the points a topic lacks to reach it × its weight (its scored "
    "questions). A topic already taken care of by {date} (an action on it done, a "
    "requirement on it solved) is marked.",
    "suggestions_intro_top": "For the topics still below the {level} level the client has "
    "reached, ranked by the points a topic lacks × its weight (its scored questions). A topic "
    "already taken care of by {date} (an action on it done, a requirement on it solved) is "
    "marked.",
    "suggestions_intro_weighted": "For the topics that hold the client back most from the "
    "{level} level, ranked by the points a topic lacks to reach it × its weight (the sum of "
    "its scored questions' weights). A topic already taken care of by {date} (an action on it "
    "done, a requirement on it solved) is marked.",
    "suggestions_intro_top_weighted": "For the topics still below the {level} level the "
    "client has reached, ranked by the points a topic lacks × its weight (the sum of its "
    "scored questions' weights). A topic already taken care of by {date} (an action on it "
    "done, a requirement on it solved) is marked.",
    "suggestions_empty": "No scored topic is below the {level} level.",
    "suggestions_none": "No suggestions yet: they come from the snapshot's scores.",
    "suggestions_chosen_first": "The recommendations chosen for the executive summary come "
    "first, in the order chosen; the other topics follow by rank.",
    "on_summary": "In the executive summary",
    # open feedback
    "s_feedback": "Open feedback",
    "feedback_intro": "The free-text answers, printed as the respondents wrote them.",
    "feedback_empty": "No written feedback was given.",
    "times": "({n} respondents)",
    # the effect of the actions done
    "ef_title": "Effect of the actions done",
    "ef_intro": "Each action done since the {stage} snapshot ({date}) with a linked topic or "
    "KPI, and what its topic score or KPI did by this snapshot.",
    "ef_period": "From {old} to {new}",
    "ef_linked": "Measured on",
    "ef_change": "Before → after",
    "ef_effect": "Effect",
    "ef_worked": "worked",
    "ef_no_effect": "no visible effect",
    "ef_worse": "worse",
    "ef_not_measured": "not measured",
    "ef_none": "No action with a linked topic or KPI was done in this period.",
    "ef_sentence": "Effect of the {actions}, measured at this snapshot: {tally}.",
    "n_actions_linked": "{n} actions done with a linked topic or KPI",
    "n_actions_linked:one": "{n} action done with a linked topic or KPI",
    "ef_method": "Worked: the topic's score rose by more than {points} points, or the KPI "
    "moved the right way by more than {share}% of its earlier value; worse: the same the "
    "wrong way; no visible effect in between. With both, the KPI decides when it was "
    "measured at both snapshots. Other changes at the same time may also have moved them.",
    # roadmap (action plan)
    "rm_title": "Roadmap",
    "rm_intro": "The action plan on a time axis by 3-month cycle, as it stood on the snapshot's "
    "date: each bar shows how long an action was planned and in progress, the diamond its due "
    "date, a tick or cross the day it was done or dropped. Numbers as in the action table.",
    "rm_kpi": "KPI: {kpi}",
    "rm_ahead": "Still to its due date",
    "rm_caption": "Cycle 1 starts on the client's first snapshot; the dashed line is the "
    "snapshot's date ({date}).",
    "rm_dropped": "Dropped actions and why",
    "rm_dropped_on": "Dropped on",
    "rm_why": "Why it was dropped",
    "rm_no_reason": "No reason was recorded.",
    "times_x": "(×{n})",
    "voice_intro": "{answers} in writing; {tagged} of them grouped into {themes} by the "
    "consultant. Each theme shows up to two example quotes; a text several respondents gave "
    "is printed once with its count.",
    "voice_untagged": "Answers not yet given a theme",
    "col_theme": "Theme",
    "col_answers": "Answers",
    "col_examples": "Example quotes",
    "n_themes": "{n} themes",
    "n_themes:one": "{n} theme",
    "times:one": "({n} respondent)",
    # problems and requirements
    "s_problems": "Problems",
    "s_requirements": "Requirements",
    "problems_intro": "Problems open at this snapshot, and those resolved at it.",
    "requirements_intro": "Requirements open at this snapshot, and those solved at it.",
    "col_problem": "Problem",
    "col_requirement": "Requirement",
    "col_raised": "Raised",
    "col_status": "Status",
    "resolved_at": "Resolved at {stage}, {date}",
    "solved_at": "Solved at {stage}, {date}",
    "problems_empty": "No problems are recorded for this snapshot.",
    "requirements_empty": "No requirements are recorded for this snapshot.",
    # numbers
    "s_numbers": "Numbers: contact volumes",
    "numbers_intro": "{total} from {first} to {last} ({months}).",
    "numbers_empty": "No contact volumes are recorded for this snapshot.",
    "col_channel": "Channel",
    "col_contacts": "Contacts",
    "col_share": "Share",
    "col_cumulative": "Cumulative",
    "col_reason": "Contact reason",
    "without_reason": "Not split by reason",
    "ch_pareto": "Contacts by reason (Pareto)",
    "ch_pareto_cap": "Bars: contacts per reason, largest first; line: cumulative share. "
    "The reasons left of the 80% line bring most of the volume.",
    # KPIs
    "s_kpis": "Key performance indicators",
    "col_kpi": "KPI",
    "col_direction": "Direction",
    "col_target": "Target",
    "col_value": "Value",
    "critical": "Critical",
    "kpis_empty": "No KPIs are defined for this client yet.",
    # actions
    "s_actions": "Actions",
    "actions_here": "Actions defined at this snapshot",
    "actions_earlier": "Still open from earlier snapshots",
    "actions_empty": "No actions are recorded for this snapshot.",
    "status_as_of": "Owners, due dates and statuses as they stood on {date}, the snapshot's date.",
    "col_action": "Action",
    "col_owner": "Owner",
    "col_due": "Due date",
    "col_cycle": "Cycle",
    "col_linked": "Linked topic",
    "problem_word": "Problem",
    "problem_ref": "Problem: {title}",
    # workshops
    "s_workshops": "Workshops",
    "workshop_on": "Workshop of {date}",
    "participants": "Participants",
    "agenda": "Agenda",
    "decided": "Actions decided",
    "workshops_empty": "No workshops are recorded for this snapshot.",
    # checklist
    "s_checklist": "Stage checklist and next steps",
    "checklist_this": "{stage} stage: {done} of {total} steps done",
    "col_step": "Step",
    "next_stage": "Next: the {stage} stage",
    "next_workshop": "Next: the recurring workshop",
    "next_intro": "To do at the next snapshot:",
    # progress report
    "progress_subtitle": "{n} snapshots from {first} to {last}",
    "progress_subtitle:one": "{n} snapshot, {first}",
    "p_summary": "Summary",
    "p_sum_text": "From the {first_stage} snapshot ({first_date}) to the {last_stage} "
    "snapshot ({last_date}) the overall score went from {old} to {new} ({delta} points); "
    "the assessed level went from {old_level} to {new_level}.",
    "p_sum_one": "There is only one snapshot so far; the comparison starts with the next one.",
    "p_stops_at": "This report stops at the {stage} snapshot of {date}, as chosen: the "
    "{n} later snapshots, and what was raised, closed or measured after it, are left out.",
    "p_stops_at:one": "This report stops at the {stage} snapshot of {date}, as chosen: the "
    "later snapshot, and what was raised, closed or measured after it, are left out.",
    "p_sum_first": "The chosen snapshot is the client's first: there is nothing to compare "
    "yet. Choose a later snapshot for a progress report.",
    "col_snapshot": "Snapshot",
    "col_change": "Change",
    "p_scores": "Scores per snapshot",
    "p_topics": "Topic scores",
    # progress report: snapshots on different form versions (domain/crosswalk.py)
    "p_cw_changed": "The form changed between these snapshots: {old_snap} was answered with "
    "form version {old}, {new_snap} with form version {new}.",
    "p_cw_counts": "Through the crosswalk: {parts}.",
    "p_cw_compared": "This report compares {topics} of {all_topics} topics and {sections} of "
    "{all_sections} sections of {snap} with the current form.",
    "p_cw_left": "Not compared (shown as –): {items}.",
    "p_cw_unlinked": "No crosswalk links form version {old} to the current form and they are "
    "not of one form family: its topic and section scores are not compared.",
    "p_cw_overall": "The overall score and the level are each form's own and are shown side "
    "by side.",
    "p_cw_cap": "Scores of a snapshot on another form version are shown where the crosswalk "
    "makes them comparable (see the summary), else –.",
    "cw_new": "new questions",
    "cw_dropped": "questions dropped",
    "cw_regrouped": "questions regrouped with other topics",
    "cw_unlinked": "no crosswalk",
    "n_cw_same": "{n} questions the same",
    "n_cw_same:one": "{n} question the same",
    "n_cw_reworded": "{n} re-worded",
    "n_cw_moved": "{n} moved",
    "n_cw_split": "{n} from a split",
    "n_cw_merged": "{n} from a merge",
    "n_cw_new": "{n} new",
    "n_cw_dropped": "{n} dropped",
    "p_topics_cap": "Change = the last snapshot's score minus the first one's.",
    "p_findings": "Problems and requirements over time",
    "col_raised_here": "Raised",
    "col_resolved_here": "Resolved",
    "col_solved_here": "Solved",
    "col_open_after": "Still open",
    "p_problem_list": "All problems",
    "p_requirement_list": "All requirements",
    "p_kpis": "KPI trends",
    "p_kpi_charts": "Critical KPIs over time",
    "p_nps": "NPS over time",
    "p_actions": "Actions by cycle",
    "p_actions_note": "The number of actions of each 3-month cycle by their status as of "
    "{date}, the date of the last snapshot in this report.",
    "p_nps_cap": "The bands are the client's, as on the CX board: {bad} below {low}, "
    "{good_enough} from {low}, {great} from {high}.",
    "findings_empty": "No problems or requirements are recorded for this client.",
    # action plan
    "ap_subtitle": "As of {date} ({stage} stage)",
    "ap_intro": "Actions up to the {stage} snapshot, grouped by their 3-month cycle.",
    "ap_cycle": "Cycle {n} · {actions}",
    "ap_empty": "No actions are recorded for this client yet.",
    "ap_overdue_note": "A due date in red is before the snapshot's date for an action that "
    "is not done yet.",
    "unprintable": "Some characters could not be printed and are shown as {placeholder}: {chars}.",
    # blank forms
    "bf_title_management": "Management Assessment",
    "bf_title_employee": "Employee Survey",
    "bf_title_client": "Customer Experience Survey",
    "bf_title_all": "Survey forms",
    "bf_by": "Conducted by {issuer} for {client}.",
    "bf_about": "About this survey",
    "bf_purpose_management": "This assessment asks the management of {client} how customer "
    "service is set up today: its strategy, organisation, processes, measurement and "
    "improvement. Together with the employee and customer surveys, it shows where the "
    "organisation stands and what to improve first.",
    "bf_purpose_employee": "{client} would like to know how you see its customer service from "
    "where you work: the tools, the training, the teamwork and what gets in the way. Your "
    "answers show what to improve first.",
    "bf_purpose_client": "{client} would like to hear how you experience its customer service: "
    "how easy it is to reach, how well your requests are solved and how you are treated. "
    "Your answers show what to improve first.",
    "bf_time": "Time needed: about {minutes} minutes ({questions} questions).",
    "bf_anonymous": "Your answers are confidential: they are counted together with everyone "
    "else's and never reported one by one. Writing your name is optional.",
    "bf_privacy": "Privacy notice (KVKK)",
    "bf_privacy_default": "Your answers are collected by {controller} only to assess and "
    "improve customer service. They are processed in line with the Turkish Personal Data "
    "Protection Law No. 6698 (KVKK), kept safe, reported only as group results and not "
    "shared with third parties. Writing your name is optional, and you may leave any "
    "question blank. To ask about your data or to have it deleted, contact {contact}.",
    "bf_privacy_contact": "the person who gave you this form",
    "bf_fields": "Respondent",
    "bf_code": "Respondent code",
    "bf_name": "Name (optional)",
    "bf_date": "Date filled in",
    "bf_instructions": "How to fill in the form",
    "bf_i1": "Tick one box for each question.",
    "bf_i2": "Tick “{na}” when the question does not apply to you or you do not know.",
    "bf_i3": "Write your answer to the open questions on the lines, in your own words.",
    "bf_i4": "The number before each question (for example {example}) helps us process "
    "your answers; please leave it as it is.",
    "bf_office": "For office use: received by ____________________ on ____________",
    "bf_code_header": "Code: ________",
    "bf_thanks": "Thank you for your answers.",
    "bf_choice_hint": "Tick one.",
    # confidence (services/presentation.py; the reasons are catalogue messages)
    "level_indicative": "{level} (indicative)",
    "indicative": "indicative",
    "note_interval": "{share} interval {interval}",
    "note_no_interval": "no interval: a group of one",
    "note_nps_thin": "{n} client answers · indicative",
    "note_nps_thin:one": "{n} client answer · indicative",
    "conf_why": "Why the level is only indicative",
    "col_interval": "{share} interval",
    "col_n": "n",
    "not_scored": "no answers: left out",
    "interval_note": "Interval = the {share} confidence interval of the score; n = the "
    "respondents with a score, per role in the order named. An interval of – cannot be "
    "worked out (no score, or a group of one respondent).",
    "left_out_note": "Sections without any answer ({sections}) are left out of their "
    "review's mean and of the overall score, and the level is then indicative.",
    "method_confidence": "How sure the scores are",
    "ex_interval": "{share} interval of the overall score: {interval} ({respondents})",
    "ex_no_interval": "The overall score has no {share} interval: a group it uses has a "
    "single respondent ({respondents})",
    "ex_nps_moe": "NPS margin of error: ± {moe} over {n}, so NPS {nps}",
    "p_interval_note": "Under each score: its {share} confidence interval (– where it "
    "cannot be worked out). A level marked indicative rests on thin or borderline data.",
    # counts (texts.tn): the noun after a number, singular under ":one"
    "n_respondents": "{n} respondents",
    "n_respondents:one": "{n} respondent",
    "n_clients": "{n} clients",
    "n_clients:one": "{n} client",
    "n_answers": "{n} answers",
    "n_answers:one": "{n} answer",
    "n_client_answers": "{n} client answers",
    "n_client_answers:one": "{n} client answer",
    "n_promoters": "{n} promoters",
    "n_promoters:one": "{n} promoter",
    "n_passives": "{n} passives",
    "n_passives:one": "{n} passive",
    "n_detractors": "{n} detractors",
    "n_detractors:one": "{n} detractor",
    "n_contacts": "{n} contacts",
    "n_contacts:one": "{n} contact",
    "n_months": "{n} months",
    "n_months:one": "{n} month",
    "n_actions": "{n} actions",
    "n_actions:one": "{n} action",
    "n_points": "{n} points",
    "n_points:one": "{n} point",
    # issuer, issue date, draft/final (every document)
    "issue_date": "Issue date",
    "issued_by": "Issued by",
    "footer_dates": "data as of {when} · issued {issued}",
    "mark_draft": "DRAFT · version {v}",
    "mark_final": "Final · version {v}",
    # executive summary (one page after the cover)
    "level_means": "What this means: {meaning}",
    "meaning_initial": "customer service rests on individual effort. Few shared standards "
    "or measures exist yet, so the experience depends on who serves the customer.",
    "meaning_planned": "the basics are planned: standards, roles and processes are written "
    "down, but they are not yet measured consistently or used to steer the work.",
    "meaning_measured": "performance is measured and managed: targets and KPIs steer the "
    "work and results are reviewed regularly; the next step is to improve systematically.",
    "meaning_optimized": "customer service is a strength: it is measured, improved "
    "continuously and designed around the customer; the task is to keep it there.",
    "bi_as_written": "As the consultant wrote them, in one language.",
    "key_messages": "Key messages",
    "strengths": "Strengths",
    "priority_gaps": "Priority gaps",
    "gap_line": "{score}, {gap} points below {level}",
    "gap_at_top": "{score}, {gap} points below the {level} threshold",
    "recommendations": "Priority recommendations",
    "col_recommendation": "Recommendation",
    "col_owner_quarter": "Owner · due",
    "quarter": "Q{q} {year}",
    "no_recommendations": "No recommendation: every topic is at or above the next level.",
    "what_changed": "What changed",
    "mover": "{section}: {change} ({old} → {new})",
    "no_movers": "No section score moved.",
    "s_glance": "Scores at a glance",
    # appendices
    "appendix": "Appendix {letter} · {title}",
    "s_evidence": "Evidence: how each question was answered",
    "evidence_intro": "Per question and role: how many respondents gave each answer on the "
    "five-point scales (1 lowest, 5 highest), the share who answered N/A, and n, the "
    "respondents who answered the question at all. Yes/partly/no, NPS and open questions "
    "are left out.",
    "evidence_empty": "No answers on the five-point scales have been given yet.",
    "col_question": "Question",
    "col_role": "Role",
    "col_na": "N/A",
    # benchmark
    "s_benchmark": "Against the portfolio",
    "benchmark_intro": "This client's scores against the latest scored snapshot of the other "
    "{n} clients of the sector “{sector}” in this consultancy's portfolio (anonymised: no "
    "client is named). Q1 and Q3 are the lower and upper quartiles.",
    "benchmark_none": "No benchmark is shown: fewer than 5 other clients of the same sector "
    "have a scored snapshot in this portfolio ({n} found).",
    "benchmark_no_sector": "No benchmark is shown: the client has no sector recorded.",
    "col_this_client": "This client",
    "col_median": "Median",
    "col_q1": "Q1",
    "col_q3": "Q3",
    "col_item": "Overall and sections",
    # progress report: the narrative
    "p_moved": "What moved it: the topics that rose most",
    "p_because": "done or solved on this topic: {what}",
    "p_lags": "What lags: the topics that rose least or fell",
    "since_done": "Since then, {actions} and {findings}.",
    "n_actions_done": "{n} actions were done",
    "n_actions_done:one": "{n} action was done",
    "n_findings_closed": "{n} problems or requirements were closed",
    "n_findings_closed:one": "{n} problem or requirement was closed",
}
