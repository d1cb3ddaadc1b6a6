"""Portrait cover reports: Charnwood Q2 2023-24, NWL (Coalville) Q2 2019/20, Harrow Q2 2023-24,
Executive Board Q2 2023-24 (council not named)."""
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt

import docxkit as K
import pngdraw

CIRCLE = {"green": pngdraw.circle((0, 176, 80)), "amber": pngdraw.circle((255, 192, 0)),
          "red": pngdraw.circle((230, 0, 0))}


def label_table(doc, pairs, widths=(4.5, 12.1), shade_label=K.HEADER_GREY, size=10):
    t = K.table(doc, len(pairs), 2, list(widths))
    for r, (label, value) in enumerate(pairs):
        K.set_text(t.cell(r, 0), label, bold=True, size=size)
        K.shade(t.cell(r, 0), shade_label)
        K.set_text(t.cell(r, 1), value, size=size)
        K.row_flags(t.rows[r])
    K.para(doc, "", space_after=2)
    return t


def heading(doc, text, level=2):
    return doc.add_paragraph(text, style=f"Heading {level}")


# --------------------------------------------------------------------------- Charnwood cover
def charnwood_cover(seeds, sundry):
    doc = K.new_document()
    K.header_footer(doc, "Finance & Performance Scrutiny Committee – 28 November 2023",
                    "Charnwood Borough Council")
    K.para(doc, "FINANCE & PERFORMANCE SCRUTINY COMMITTEE - TUESDAY, 28 NOVEMBER 2023", bold=True, size=12)
    K.para(doc, "Report of the Head of Transformation, Strategy and Performance", bold=True, space_after=0)
    K.para(doc, "Lead Member: Cllr Miah", bold=True)
    label_table(doc, [
        ("Committee", "Finance & Performance Scrutiny Committee"),
        ("Date of Meeting", "Tuesday, 28 November 2023"),
        ("Report of", "Head of Transformation, Strategy and Performance"),
        ("Lead Member", "Cllr Miah"),
        ("Subject", "Performance Monitoring (Quarter 2) Report"),
        ("Wards Affected", "All wards"),
        ("Appendices", "Appendix A – Quarter two performance report 2023-24.\n"
                       "Appendix B – Place / contextual information."),
    ])
    K.para(doc, "Part A", bold=True, size=12)
    K.para(doc, "PERFORMANCE MONITORING (QUARTER 2) REPORT", bold=True, size=12)
    sections = [
        ("Purpose of Report", ["To provide performance monitoring information and results for the second quarter of 2023-24, in respect of the Corporate Delivery Plan objectives and Key Performance Indicators for Charnwood Borough Council."]),
        ("Recommendations", ["That the Committee note the performance results; associated commentary and the explanations provided."]),
        ("Reasons", ["To ensure that targets and objectives are being met, and to identify areas where performance could be improved."]),
        ("Policy Justification and Previous Decisions", ["Quarterly reporting of performance is a key element of monitoring progress towards delivering the Council's Corporate objectives and initiatives as set out in the Corporate Delivery Plan."]),
        ("Implementation Timetable including Future Decisions", ["The Committee has the option to use the performance information to suggest new items for the work programme of the Finance and Performance Scrutiny Committee."]),
    ]
    for h, ps in sections:
        heading(doc, h)
        for p in ps:
            K.para(doc, p)
    heading(doc, "Report Implications")
    heading(doc, "Financial Implications", 3)
    K.para(doc, "None directly arising from this report.")
    heading(doc, "Risk Management", 3)
    K.para(doc, "The risks associated with the decision Committee is asked to make and proposed actions to mitigate those risks are set out in the table below.")
    t = K.table(doc, 2, 5, [5.6, 2.3, 2.5, 2.2, 4.0], font_pt=9)
    for c, h in enumerate(["Risk Identified", "Likelihood", "Impact", "Overall Risk", "Risk Management Actions Planned"]):
        K.set_text(t.cell(0, c), h, bold=True)
        K.shade(t.cell(0, c), K.HEADER_BLUE)
    for c, v in enumerate(["Failure to maintain a rigorous and embedded performance management framework could adversely impact on the achievement of the outcomes and objectives set out in the Council's Corporate Strategy.",
                           "Unlikely (2)", "Significant (2)", "Low (4)",
                           "Quarterly performance monitoring, including reporting to Senior Leadership Team, and this Committee."]):
        K.set_text(t.cell(1, c), v)
    K.row_flags(t.rows[0], header=True)
    K.row_flags(t.rows[1])
    K.para(doc, "", space_after=2)
    rest = [
        ("Equality and Diversity", ["An overarching Equality Impact Assessment has been undertaken on the Corporate Strategy (2020-2024) to consider the overall impact on our communities. Subsequent Equality Impact Assessments are undertaken on individual tasks and activities, if appropriate.",
                                    "In supporting the Corporate Strategy (2020-2024), the Corporate Delivery Plan 2022-2023 has a strong focus on activities and performance indicators which support residents' priorities and those areas that the Council recognises as requiring additional support; therefore, delivery of the Corporate Delivery Plan is beneficial for many of those within the community who need us the most."]),
        ("Climate Change and Carbon Impact", ["The Corporate Delivery Plan specifically covers climate change and carbon impact under the first theme within the plan, \"Caring for the Environment.\" The theme features two objectives to \"take action to become a carbon neutral organisation by 2030 to help tackle climate change\" and \"help protect our environment by using all powers available to tackle those who threaten it\". These objectives focus on the work the Council has completed to tackle and support climate change and carbon impact."]),
        ("Crime and Disorder", ["The Corporate Delivery Plan specifically covers crime and disorder under the second theme within the plan, \"Healthy Communities.\" The theme features an objective to \"continue to work with partners to make our towns and villages safer places to live, work and visit.\"",
                                "This objective focusses on the work that the Council has completed to reduce anti-social behaviour, reduce burglaries, and reduce re-offending as well as reassuring residents and increasing confidence that effective action is being taken by the Council and its key partners in this area."]),
        ("Wards Affected", ["All wards."]),
        ("Publicity Arrangements", ["Not applicable."]),
        ("Consultations", ["Not applicable."]),
    ]
    for h, ps in rest:
        heading(doc, h, 3)
        for p in ps:
            K.para(doc, p)
    heading(doc, "Links to the Corporate Strategy", 3)
    t = K.table(doc, 4, 2, [8.0, 2.0])
    for r, th in enumerate(["Caring for the Environment", "Healthy Communities", "A Thriving Economy", "Your Council"]):
        K.set_text(t.cell(r, 0), th, size=10)
        K.set_text(t.cell(r, 1), "Yes", size=10)
    t.alignment = 0
    K.para(doc, "", space_after=2)
    K.para(doc, "**Background Papers:** Cabinet. 16th January, Item 8, Corporate Strategy 2020-2024")
    K.para(doc, "Cabinet, 9th March, Item 10, Corporate Delivery Plan 2023-24")
    K.para(doc, "**Officers to contact:** Helen Gretton\nHead of Transformation, Strategy and Performance\nTel: 01509 634556\nHelen.Gretton@charnwood.gov.uk")
    K.para(doc, "Vicky Brackenbury\nTransformation and Improvement Manager\nTel: 01509 634504\nVicky.Brackenbury@charnwood.gov.uk")
    K.page_break(doc)
    K.para(doc, "Part B", bold=True, size=12)
    heading(doc, "Background")
    paras = [
        "The Committee receives performance reports on a quarterly basis to allow it to monitor progress against achieving the agreed targets which support the delivery of the Council's objectives as set out in the Corporate Strategy (2020-2024) and Corporate Delivery Plan for 2023-2024. As part of the scrutiny arrangements, it is envisaged that the Committee will be forward and outward looking and review performance through investigating how performance can be improved. A full Q2 overview can be found in appendix A.",
        "2023 continues to be a challenging year as the authority navigates through various national and regional challenges. The cost-of-living crisis remains a persistent concern. Rising inflation and increased energy costs have placed significant financial strain on residents. These factors have impacted the Council and its residents.",
        "The attached report presents detailed performance results for quarter two 2023-2024, which is the final year of the current Corporate Strategy (2020-2024). The report provides explanations and commentary in respect of poor performance or non-achievement of targets and details remedial actions being taken where appropriate. The report focuses on detailed information and dashboard reporting to provide the Committee with the information required to sufficiently scrutinise performance.",
        "As agreed at the Cabinet meeting on the 7th April 2022, 6 monthly contextual / place indicator information will be shared with the Committee based on datasets available at that point in time. A further update is provided in appendix B of this report.",
        "The Office for Local Government (Oflog), an office of the Department for Levelling Up, Housing and Communities has been established to provide authoritative and accessible data and analysis about performance of local government. The strategic objectives of Oflog are to:",
    ]
    for i, p in enumerate(paras, start=1):
        K.numbered(doc, f"{i}.", p, indent_cm=1.0)
    for b in ["empower citizens with information about their local authority, enabling them to hold local leaders to account.",
              "increase local leaders' and councils' understanding of their relative performance, supporting them to improve and better innovate.",
              "increase central government's understanding of local government performance, highlighting excellence and identifying risk of failure to facilitate timely and targeted support."]:
        K.bullet(doc, b)
    p = K.para(doc, "Oflog is taking an iterative process and its functions will develop over a number of months. Oflog aims to improve the transparency of local government performance through a number of datasets that will be visible on the Local Authority Data Explorer. As more information emerges, additional updates will be provided to the Committee.")
    p.paragraph_format.left_indent = Cm(1.0)
    heading(doc, "Appendices")
    K.para(doc, "Appendix A – Quarter two performance report 2023-24.")
    K.para(doc, "Appendix B – Place / contextual information.")
    return doc


# --------------------------------------------------------------------------- NWL (Coalville)
NWL_PIS = [  # (priority, ref, name, Q2 target, Q2 actual, status, comment); invented, counts per seed
    ("Value for Money", "VFM01", "Spend on agency workers (£)", "£250,000", "£312,480", "red",
     "Spend increased in refuse and recycling to backfill sickness absence."),
    ("Value for Money", "VFM02", "Income from the sale of Legal services (£)", "£22,500", "£14,310", "red",
     "Significant uninvoiced work in progress will improve the position."),
    ("Value for Money", "VFM03", "Percentage of invoices paid within 30 days", "97%", "98.1%", "green", ""),
    ("Value for Money", "VFM04", "Average call wait time (seconds)", "60", "44", "green", "Reduced again during the quarter."),
    ("Value for Money", "VFM05", "Percentage of calls abandoned", "10%", "8.66%", "green", ""),
    ("Value for Money", "VFM06", "Percentage of Council Tax collected", "56.5%", "56.9%", "green", ""),
    ("Value for Money", "VFM07", "Percentage of Business Rates collected", "57.0%", "56.6%", "amber", "Within tolerance."),
    ("Value for Money", "VFM08", "Average working days lost to sickness per FTE", "4.0", "4.12", "amber", "Within tolerance."),
    ("Value for Money", "VFM09", "Staff turnover (%)", "Annual", "Annual", "annual", "Measured annually."),
    ("Business and Jobs", "BJ01", "Percentage of major planning applications determined within 13 weeks", "60%", "100%", "green", ""),
    ("Business and Jobs", "BJ02", "Percentage of minor planning applications determined within 8 weeks", "65%", "88%", "green", ""),
    ("Business and Jobs", "BJ03", "Percentage of other planning applications determined within 8 weeks", "80%", "91%", "green", ""),
    ("Business and Jobs", "BJ04", "Number of businesses supported by the Business Focus team", "60", "74", "green", ""),
    ("Business and Jobs", "BJ05", "Number of new business start ups", "Annual", "Annual", "annual", "Measured annually."),
    ("Business and Jobs", "BJ06", "Occupancy rate of council-owned business units", "Annual", "Annual", "annual", "Measured annually."),
    ("Homes and Communities", "HC01", "Percentage of rent loss from void properties", "0.75%", "0.82%", "red",
     "Cumulative annual figure stands at 0.71% against a target of 0.75%."),
    ("Homes and Communities", "HC02", "Average re-let time for standard voids (days)", "30", "28", "green", ""),
    ("Homes and Communities", "HC03", "Percentage of rent collected", "98%", "98.3%", "green", ""),
    ("Homes and Communities", "HC04", "Percentage of emergency repairs completed within 24 hours", "99%", "99.6%", "green", ""),
    ("Homes and Communities", "HC05", "Number of households prevented from becoming homeless", "45", "52", "green", ""),
    ("Homes and Communities", "HC06", "Percentage of tenants satisfied with the repairs service", "95%", "93.8%", "amber", "Within tolerance."),
    ("Homes and Communities", "HC07", "Number of affordable homes delivered", "Annual", "Annual", "annual", "Measured annually."),
    ("Homes and Communities", "HC08", "Tenant satisfaction with landlord services", "Annual", "Annual", "annual", "Measured annually."),
    ("Green Footprints", "GF01", "Percentage of household waste sent for reuse, recycling and composting", "45%", "46.2%", "green", ""),
    ("Green Footprints", "GF02", "Residual household waste per household (kg)", "210", "204", "green", ""),
    ("Green Footprints", "GF03", "Number of missed bins per 100,000 collections", "60", "52", "green", ""),
    ("Green Footprints", "GF04", "Percentage of fly-tips removed within 5 working days", "95%", "96.4%", "green", ""),
    ("Green Footprints", "GF05", "Percentage of streets meeting the cleanliness standard", "Annual", "Annual", "annual", "Measured annually."),
    ("Green Footprints", "GF06", "Council carbon emissions (tonnes CO2)", "Annual", "Annual", "annual", "Measured annually."),
    ("Support for Coalville", "SC01", "Number of visits to leisure centres", "320,000", "309,850", "amber", "Within tolerance."),
    ("Support for Coalville", "SC02", "Number of young people engaged in positive activities", "Annual", "Annual", "annual", "Measured annually."),
    ("Support for Coalville", "SC03", "Number of attendees at Coalville events", "Annual", "Annual", "annual", "Measured annually."),
]
NWL_ACTIONS = [
    ("Support for Coalville", "Deliver Coalville by the sea", "This free event was repeated successfully again this year in the summer and was attended by over 1500 people over the two days.", "green"),
    ("Support for Coalville", "Progress the new market location in Coalville", "We continue to work with the existing Market traders to support them in the transition to the Newmarket site in Marlborough Square.", "green"),
    ("Value for Money", "Improve our customer services responsiveness and on-line offer", "The average call wait time reduced again during the quarter to 44 seconds.", "green"),
    ("Homes and Communities", "Develop the District's leisure and activity facilities", "The planning application for the new leisure centre was submitted in the quarter.", "green"),
    ("Business and Jobs", "Produce a Tourism Strategy", "To be presented to the Community Scrutiny Committee and Cabinet later in the year.", "amber"),
    ("Business and Jobs", "Adopt an Economic Growth Plan", "The Economic Growth plan was adopted by Cabinet in September 2019.", "green"),
    ("Business and Jobs", "EU exit planning", "The Business Focus team continued to provide government messages to our business communities.", "green"),
]


def nwl_cabinet(seeds, sundry):
    doc = K.new_document()
    K.header_footer(doc, "Cabinet – 2019/20 Quarter 2 Performance Report", "North West Leicestershire District Council")
    K.para(doc, "NORTH WEST LEICESTERSHIRE DISTRICT COUNCIL", bold=True, size=12, align="center", space_after=0)
    K.para(doc, "CABINET – TUESDAY, 14 JANUARY 2020", bold=True, size=12, align="center")
    rows = [("Title of Report", "2019/20 QUARTER 2 PERFORMANCE REPORT", None),
            ("Presented by", "Councillor Richard Blunt\nLeader", None),
            ("Background Papers", "Various documents on the In-Phase performance management system.", ("Public Report: Yes", "Key Decision: No")),
            ("Financial Implications", "No additional financial implications.", "Signed off by the Section 151 Officer: Yes"),
            ("Legal Implications", "No legal implications.", "Signed off by the Monitoring Officer: Yes"),
            ("Staffing and Corporate Implications", "No direct staffing implications.", "Signed off by the Head of Paid Service: Yes"),
            ("Purpose of Report", "The report provides members of the Cabinet with information on the performance and progress made against the Council Delivery Plan actions and performance indicators for Quarter 2 (Q2) (July - September 2019).", None),
            ("Reason for Decision", "The report be provided for members to effectively monitor the performance of the organisation.", None),
            ("Recommendations", "THAT CABINET NOTES THE PROGRESS AGAINST THE CORPORATE OBJECTIVES AND PERFORMANCE INDICATORS.", None)]
    nrows = sum(1 if extra is None else 2 for _, _, extra in rows)
    t = K.table(doc, nrows, 3, [4.2, 8.0, 4.4], font_pt=10)
    r = 0
    for label, value, extra in rows:
        K.shade(t.cell(r, 0), K.HEADER_GREY)
        if extra is None:
            K.set_text(t.cell(r, 0), label, bold=True, size=10)
            K.set_text(t.cell(r, 1).merge(t.cell(r, 2)), value, size=10)
            r += 1
        elif isinstance(extra, tuple):  # label and value span two rows, side column split
            K.set_text(t.cell(r, 0).merge(t.cell(r + 1, 0)), label, bold=True, size=10)
            K.set_text(t.cell(r, 1).merge(t.cell(r + 1, 1)), value, size=10)
            K.set_text(t.cell(r, 2), extra[0], size=10)
            K.set_text(t.cell(r + 1, 2), extra[1], size=10)
            r += 2
        else:  # label spans two rows, value and sign-off line each span two columns
            K.set_text(t.cell(r, 0).merge(t.cell(r + 1, 0)), label, bold=True, size=10)
            K.set_text(t.cell(r, 1).merge(t.cell(r, 2)), value, size=10)
            K.set_text(t.cell(r + 1, 1).merge(t.cell(r + 1, 2)), extra, size=10)
            r += 2
    for row in t.rows:
        K.row_flags(row)
    heading(doc, "1 INTRODUCTION")
    K.numbered(doc, "1.1", "The Planning and Performance Management framework helps the Council -")
    for b in ["Clearly articulate our priorities and desired outcomes", "Prioritise what gets done within the resources available",
              "Provides and demonstrates value for money", "Provide good services and satisfaction for our local community",
              "Improves organisational performance", "Motivate and manage our employees and workers."]:
        K.bullet(doc, b)
    intro = [
        ("1.2", "Its purpose is to deliver the best outcomes and service in relation to our priorities and statutory responsibilities within available resources, and to create an 'early warning system; where this is not the case. To do this we need to be intelligence focused and take action in response to actual performance to make outcomes better that they would otherwise be."),
        ("1.3", "Performance is managed at a strategic, service, operational and individual level, with each informing the other."),
        ("1.4", "At a strategic level, Members and the Corporate Leadership team need to ensure that services are provided meeting the needs of the community, both now and in the future. Members and the leadership team also need to ensure that there are appropriate and meaningful measures underpinning our vision and objectives so that they can be assured that we are making good progress towards our vision, priorities and objectives published in our Corporate Plan."),
        ("1.5", "At a service level, Heads of Service need to monitor performance against service plans. These include all tasks, projects, measures and risks relating to their own service objectives and from any other source, e.g. external inspectorate recommendations such as the planning peer review and internal audit recommendations etc."),
        ("1.6", "At an operational level, individual work plans may be in place to monitor and report on team and individual performance to feed up into the service plans. This then informs individual performance appraisals."),
        ("1.7", "The quarterly performance reports will seek to recognise good performance, share best practice across the organisation and also to identify 'performance gaps' highlighting if and where action is required to meet targets. Once these gaps are identified, time bound intervention plans will be created or adapted to improve performance towards the target. This will be part of a continual cycle of review and action."),
    ]
    for n, p in intro:
        K.numbered(doc, n, p)
    heading(doc, "2. SUMMARY OF PERFORMANCE QUARTER 2")
    for n, p in [
        ("2.1", "This report sets out the performance and progress against the Council Delivery Plan priority actions, performance indicators, sickness absence management and finance."),
        ("2.2", "A high level report of the Council's performance for Q2 is included in Appendix 1."),
        ("2.3", "Performance remains good across the vast majority of the indicators, and progress is now being monitored on a monthly basis and reviewed by managers and Heads of service using the InPhase performance software system. This enables any areas of underperformance to be identified quickly."),
        ("2.4", "Progress against the Council's key priorities is detailed in Appendix 1 with explanations of the progress against each of the key tasks identified for the current financial/operating year.")]:
        K.numbered(doc, n, p)
    K.para(doc, "The following notable achievements in this quarter are:-")
    ach = [
        ("Coalville by the sea", ["This free event was repeated successfully again this year in the summer and was attended by over 1500 people over the two days."]),
        ("Progressing the new market location in Coalville.", ["We continue to work with the existing Market traders to support them in the transition to the Newmarket site in Marlborough Square or to find alternative premises as needed."]),
        ("Improving our customer services responsiveness and on-line offer.", ["The average call wait time reduced again during the quarter to 44 seconds and the number of customers hanging up before receiving an answer reduced to an average of 8.66%",
            "We are continuing the work on the website to enable customers to access services through the \"your account\" facility and by making more processes available in a digital format."]),
        ("Developing the Districts Leisure and activity facilities.", ["The planning application for the new leisure centre was submitted in the quarter and (post script) was approved by the Planning Committee in October. The improvements works to Hood Park Leisure Centre commenced during the quarter and will include improvements to the dance studio, an updated fitness suite, improvements to the external façade and redecoration works to refresh the building."]),
        ("Tourism Strategy", ["This document will set out our approach, in collaboration with partners, to the future development of our tourism offer, and will be presented to the Community Scrutiny Committee and Cabinet later in the year."]),
        ("Economic Growth Plan.", ["Following extensive consultation with partners the Economic Growth plan was adopted by Cabinet in September 2019. This will form the blue print for a number of key projects in future years."]),
        ("EU exit planning", ["The Business Focus team continued to provide government messages to our business communities on EU exit planning. We have continued to work with government agencies and partners to develop arrangements, particularly around the airport to manage possible impacts to our communities and residents."]),
        ("Finance", ["At the end of the second quarter of the financial year the Council's budgets are being managed effectively.",
            "Increased revenue surpluses are forecast on both the General Fund and Housing Revenue Accounts, with a nominal increase in expenditure on the Special Expenses account which is planned to be funded by Special Expense reserves.",
            "Slippage has been identified within the General Fund Capital Programme as a result of spend associated with the new Coalville Leisure Centre and Marlborough Square now due to occur in 2020/21. An underspend remains on the HRA Capital Programme, as reported in Quarter 1, largely as a result of identified underspend on the New Supply programme."]),
        ("Performance Indicators", ["The use of both qualitative and quantitative measures to supplement the delivery of the actions set out within the corporate plan provides a picture of how well the council is delivering against the expected outcomes.",
            "The performance indicators show out of 32 indicators, 20 are on target or within tolerance, 3 are behind target and 9 are measured on annual targets.",
            "There three areas needing attention from Quarter 2 are:-",
            "Spend on agency workers which has not achieved the target level of reduction in the Quarter where we are seeking to bring the annual spend down to below £1m. The first quarter was on target, but spend has increased during quarter 2 in the refuse and recycling workforce due to the need to backfill due to high levels of sickness absence in the workforce, and while there was a month on month decline in the spend on agency workers in the Housing repairs and maintenance workers the overall reduction was insufficient to meet the quarterly target. We are continuing to review each agency worker contract at 12 week intervals and we are seeking to move workers to employment contracts when we are clear there is a permanent requirement for the role as the long term Housing Improvement Programme becomes clearer.",
            "- The level of income generation from the sale of Legal services is showing as being behind target, but it is relevant to note that a significant amount of uninvoiced work in progress will improve the position in the future.",
            "- Percentage of rent loss – while the quarterly target was not met the cumulative annual target stands at 0.71% against a target of 0.75%, so this indicator is not giving cause for concern. We continue to do everything we can to minimise the rent loss when council houses become empty.",
            "All three areas will be covered by an intervention plan with actions and closer monitoring in place to seek to bring the indicators back on target."]),
        ("Future Performance Indicator reporting", ["We have been undertaking a review of the performance indicators reported to Council, and while we think it is still relevant to continue to report to members the local indicators that are within the control of the Council, we will add a number of wider economic and social indicators to the quarter 3 report which will include such factors as the district unemployment rate, other indicators around business growth and development, and around Health and social factors. A number of these wider indicators are not collated on a quarterly basis – they tend to be annual. We will add a number of wider indicators to the Q3 report and ask members for feedback on the value of these."]),
    ]
    for title, ps in ach:
        p = K.para(doc, "➤  " + title, bold=True, space_after=3)
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.keep_with_next = True
        for text in ps:
            q = K.para(doc, text)
            q.paragraph_format.left_indent = Cm(1.25)
    K.numbered(doc, "2.5", "This performance report was considered by the Corporate scrutiny committee at its meeting on the 8th January 2020. The comments of the scrutiny Committee will be sent to members of Cabinet as an additional paper in advance of the Cabinet meeting.")
    heading(doc, "Priority Dashboards - Appendix 1")
    K.para(doc, "Appendix 1 sets out the following items:")
    for b in ["Progress against CDP actions", "Progress against CDP performance indicators", "Health and Safety Report",
              "Sickness absence management update and statistics", "Customer Feedback", "Customer Service Call Centre Statistics"]:
        K.bullet(doc, b)
    K.para(doc, "Status definitions used in Appendix 1", bold=True)
    t = K.table(doc, 3, 2, [1.0, 12.0], ruled=False)
    K.no_borders(t)
    for r, (c, text) in enumerate([("green", "Performance indicators on track, on or above target"),
                                   ("amber", "Performance indicators under control"),
                                   ("red", "Performance indicators below target")]):
        K.add_image(t.cell(r, 0), CIRCLE[c], 0.4)
        K.set_text(t.cell(r, 1), text, size=10)
    K.para(doc, "", space_after=2)
    heading(doc, "Policies and other considerations, as appropriate", 3)
    label_table(doc, [
        ("Council Priorities:", "The report addresses performance against each of the Council's five priorities for 2019/20."),
        ("Policy Considerations:", "The performance of the Council runs across many of our published policies."),
        ("Safeguarding:", "No specific considerations"),
        ("Equalities/Diversity:", "No specific considerations"),
        ("Customer Impact:", "Detailed in the report."),
        ("Economic and Social Impact:", "Detailed in the report"),
        ("Environment and Climate Change:", "Detailed in the report under Council priority – developing a clean and green district."),
        ("Consultation/Community Engagement:", "Not applicable."),
        ("Risks:", "Detailed in the report"),
        ("Officer Contact", "Bev Smith\nChief Executive\n01530 454500\n\nMike Murphy\nHead of HR and OD\n01530 454518"),
    ], widths=(5.5, 11.1), shade_label="FFFFFF")
    # Appendix 1: landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_paragraph("Appendix 1 – Priority Dashboards Quarter 2 (July - September 2019)", style="Heading 1")
    heading(doc, "Progress against CDP actions")
    t = K.table(doc, 1 + len(NWL_ACTIONS), 4, [5.0, 7.0, 11.6, 2.4])
    for c, h in enumerate(["Council Priority", "Delivery Plan Action", "Q2 Update", "Status"]):
        K.set_text(t.cell(0, c), h, bold=True, color="FFFFFF")
        K.shade(t.cell(0, c), "1F4E79")
    K.row_flags(t.rows[0], header=True)
    for r, (pri, act, upd, st) in enumerate(NWL_ACTIONS, start=1):
        K.set_text(t.cell(r, 0), pri)
        K.set_text(t.cell(r, 1), act)
        K.set_text(t.cell(r, 2), upd)
        K.add_image(t.cell(r, 3), CIRCLE[st], 0.45)
        K.row_flags(t.rows[r])
    K.page_break(doc)
    heading(doc, "Progress against CDP performance indicators")
    priorities = []
    for p in NWL_PIS:
        if p[0] not in priorities:
            priorities.append(p[0])
    nrows = 1 + len(priorities) + len(NWL_PIS)
    t = K.table(doc, nrows, 6, [1.6, 9.4, 2.4, 2.4, 1.8, 8.4])
    for c, h in enumerate(["Ref", "Performance Indicator", "Q2 Target", "Q2 Actual", "Status", "Comments"]):
        K.set_text(t.cell(0, c), h, bold=True, color="FFFFFF")
        K.shade(t.cell(0, c), "1F4E79")
    K.row_flags(t.rows[0], header=True)
    r = 1
    for pri in priorities:
        banner = t.cell(r, 0).merge(t.cell(r, 5))
        K.set_text(banner, pri, bold=True)
        K.shade(banner, K.HEADER_BLUE)
        K.row_flags(t.rows[r])
        r += 1
        for p in [x for x in NWL_PIS if x[0] == pri]:
            _, ref, name, tgt, act, st, com = p
            for c, v in enumerate([ref, name, tgt, act]):
                K.set_text(t.cell(r, c), v, align="center" if c >= 2 else None)
            if st == "annual":
                K.set_text(t.cell(r, 4), "Annual", align="center")
            else:
                K.add_image(t.cell(r, 4), CIRCLE[st], 0.4)
            K.set_text(t.cell(r, 5), com)
            K.row_flags(t.rows[r])
            r += 1
    K.page_break(doc)
    heading(doc, "Sickness absence management update and statistics")
    K.para(doc, "Average working days lost per full time equivalent (FTE) employee, cumulative.")
    sick = [("Month", "Days lost per FTE", "Target", "Long term %", "Short term %"),
            ("July 2019", "2.71", "2.67", "61%", "39%"),
            ("August 2019", "3.39", "3.33", "63%", "37%"),
            ("September 2019", "4.12", "4.00", "64%", "36%")]
    t = K.table(doc, len(sick), 5, [4.0, 3.5, 2.5, 3.0, 3.0])
    for r, row in enumerate(sick):
        for c, v in enumerate(row):
            K.set_text(t.cell(r, c), v, bold=(r == 0), align="center" if c else None)
            if r == 0:
                K.shade(t.cell(r, c), K.HEADER_GREY)
    K.row_flags(t.rows[0], header=True)
    K.para(doc, "", space_after=2)
    heading(doc, "Customer Service Call Centre Statistics")
    calls = [("Month", "Calls received", "Average wait (seconds)", "Abandoned %"),
             ("July 2019", "14,212", "47", "9.10%"),
             ("August 2019", "12,986", "43", "8.52%"),
             ("September 2019", "13,455", "42", "8.36%"),
             ("Quarter 2", "40,653", "44", "8.66%")]
    t = K.table(doc, len(calls), 4, [4.0, 3.5, 4.5, 3.0], ruled=False)
    K.no_borders(t)
    for r, row in enumerate(calls):
        for c, v in enumerate(row):
            K.set_text(t.cell(r, c), v, bold=(r == 0 or r == len(calls) - 1), size=10,
                       align="center" if c else None)
    return doc


# --------------------------------------------------------------------------- Harrow
# Summary counts are not in the seed (they were chart images); invented, internally consistent.
HARROW_FA = [("All Flagship Actions (FA)", 15, 8, 4), ("FA - Residents First", 5, 4, 1),
             ("FA – Clean & Safe", 5, 2, 1), ("FA – Supporting those in Need", 5, 2, 2)]
HARROW_PI = [("All Performance Indicators (PI)", 23, 8, 9), ("PI - Residents First", 9, 2, 3),
             ("PI - Clean & Safe", 6, 3, 2), ("PI - Supporting those in Need", 8, 3, 4)]


def harrow_summary_table(doc, rows):
    t = K.table(doc, 5, 1 + len(rows), [3.0] + [3.4] * len(rows))
    K.set_text(t.cell(0, 0), "RAG Status", bold=True)
    K.shade(t.cell(0, 0), K.HEADER_GREY)
    for c, (name, g, a, r) in enumerate(rows, start=1):
        K.set_text(t.cell(0, c), name, bold=True, align="center")
        K.shade(t.cell(0, c), K.HEADER_GREY)
        for rr, v in enumerate([g, a, r, g + a + r], start=1):
            K.set_text(t.cell(rr, c), str(v), align="center", bold=(rr == 4))
    K.row_flags(t.rows[0], header=True)
    for rr, (lab, fill) in enumerate([("Green", "00B050"), ("Amber", "FFC000"), ("Red", "FF0000"), ("Total", None)], start=1):
        K.set_text(t.cell(rr, 0), lab, bold=True)
        if fill:
            K.shade(t.cell(rr, 0), fill)
    K.para(doc, "", space_after=2)


def harrow(seeds, sundry):
    doc = K.new_document()
    K.header_footer(doc, "Cabinet – 24 January 2024", "London Borough of Harrow")
    K.para(doc, "LONDON BOROUGH OF HARROW", bold=True, size=14, color="1F3864")
    label_table(doc, [
        ("Report for:", "Cabinet"),
        ("Date of Meeting:", "24 January 2024"),
        ("Subject:", "Strategic Performance Report Q2 2023-24"),
        ("Key Decision:", "No"),
        ("Responsible Officer:", "Alex Dewsnap, Managing Director"),
        ("Portfolio Holder:", "Cllr Stephen Greek, Portfolio Holder for Performance, Communications and Customer Experience"),
        ("Exempt:", "No"),
        ("Decision subject to Call-in:", "Yes"),
        ("Wards affected:", "All wards"),
        ("Enclosures:", "Appendix 1 – Strategic Performance Report\nAppendix 2 – Corporate Scorecard"),
    ], widths=(5.2, 11.4), shade_label="D9E2F3")
    t = K.table(doc, 2, 1, [16.6])
    K.set_text(t.cell(0, 0), "Section 1 – Summary and Recommendations", bold=True, size=11)
    K.shade(t.cell(0, 0), "D9E2F3")
    K.set_text(t.cell(1, 0), "This report summarises Council and service performance for Quarter 2 against key measures and draws attention to areas requiring action.\n"
               "Recommendations:\nThat\n1. Portfolio Holders continue to work with officers to achieve improvement against identified key challenges (Appendix 1)\n"
               "2. the report be noted and any changes be identified for future reports.\n"
               "Reason: (for recommendations)\nTo enable Cabinet to be informed of performance against key measures and to identify and assign corrective action where necessary.", size=10)
    K.para(doc, "", space_after=2)
    K.page_break(doc)
    K.para(doc, "Section 2 – Report", bold=True, size=13)
    heading(doc, "Introductory paragraph", 3)
    K.para(doc, "Appendix 1 to this report addresses performance against the objectives and Flagship Actions in the Council’s corporate plan ‘Restoring Pride in Harrow’, arranged by the three priorities:")
    for b in ["A council that puts residents first", "A borough that is clean and safe", "A place where those in need are supported."]:
        K.bullet(doc, b)
    heading(doc, "Options considered.", 3)
    K.para(doc, "Whilst there is no legal requirement to formally report performance data, Cabinet’s terms of reference in the Constitution include overseeing strategic performance issues on a quarterly basis and it is considered best practice to provide a public report and have a public debate on performance.  As such it is recommended to have formal, public reporting of performance to Cabinet.")
    heading(doc, "Summary of Performance", 3)
    K.para(doc, "Note that the status of both Flagship Actions and performance indicators is reported and summarised here as at the end of Q2, 30th September 2023.  The status of some of these will have changed in the monthly monitoring since the end of Q2.  For Cabinet Reporting, the quarterly position is shown, noting that there is ongoing monitoring which will be reflected in the next quarterly report.")
    K.para(doc, "Overall Performance at end of Quarter 2, September 30th 2023:", bold=True)
    K.para(doc, "All Flagship Actions (FA)", bold=True, space_after=0)
    K.para(doc, "*(note total is more than the original 24 FAs as some actions are split for reporting purposes)", italic=True, size=9)
    harrow_summary_table(doc, HARROW_FA)
    K.para(doc, "All Performance Indicators (PI)", bold=True)
    harrow_summary_table(doc, HARROW_PI)
    K.para(doc, "More detail on Q2 performance and Flagship Actions can be found in the appendices, along with a key to RAG (Red-Amber-Green) ratings.")
    for h, ps in [("Ward Councillors’ comments", ["Not applicable"]),
                  ("Performance Issues", ["The report deals in detail with performance issues."]),
                  ("Data Protection Implications", ["Personal data is protected when reporting performance through aggregation of data, anonymisation and suppression of low numbers that might enable individuals to be identified."]),
                  ("Risk Management Implications", ["The risks arising from the Performance Report will be measured through the Council’s Corporate and Directorate level Risk Registers.",
                                                    "Risks included on corporate or directorate risk registers? Yes",
                                                    "Separate risk register in place? No",
                                                    "The relevant risks contained in the register are attached/summarized below. N/A",
                                                    "The following key risks should be taken into account when agreeing the recommendations in this report:"])]:
        heading(doc, h, 3)
        for p in ps:
            K.para(doc, p)
    t = K.table(doc, 2, 3, [6.0, 8.0, 2.6])
    for c, h in enumerate(["Risk Description", "Mitigations", "RAG Status"]):
        K.set_text(t.cell(0, c), h, bold=True)
        K.shade(t.cell(0, c), K.HEADER_GREY)
    K.set_text(t.cell(1, 0), "Corporate performance information is not reported in a timely manner and this may prevent remedial action being taken promptly (where appropriate) in key areas")
    K.set_text(t.cell(1, 1), "· Performance scorecards exist at service and Directorate level which include all the indicators in the Corporate Scorecard\n"
               "· Managers receive real time data in critical areas e,g, outstanding assessments\n"
               "· Service and Directorate level scorecards are considered in performance sessions with managers that occur soon after the period end – when the data becomes available, usually monthly.\n"
               "· Information is available quickly and action is taken to address performance issues as they arise.")
    K.set_text(t.cell(1, 2), "Green", bold=True, align="center")
    K.shade(t.cell(1, 2), "00B050")
    K.row_flags(t.rows[0], header=True)
    K.row_flags(t.rows[1])
    K.para(doc, "", space_after=2)
    for h, ps in [("Procurement Implications", ["None"]),
                  ("Legal Implications", ["The Council has a duty under s.3 of the Local Government Act 1999 to make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness.  Draft guidance on compliance with this duty was published for consultation over the summer 2023.  Whilst still in draft, the contents set out the Government’s expectations in terms of compliance.",
                                          "The draft guidance refers to the role of the Office of Local Government whose objective is to increase transparency of performance in the local government sector.  The guidance contains details on the characteristics of a well-functioning authority, which includes frequent monitoring, performance reporting and updating of the corporate and improvement plans, ensuring that plans are evidence based, current, realistic and enable performance to be measured, there should be alignment with the financial strategy, actual outcomes should be measured effectively and frequently interrogated, performance should be regularly reported to the public to ensure citizens are informed of the quality of services being delivered and there should be opportunities for resident and partner engagement in developing, monitoring and managing performance."]),
                  ("Financial Implications", ["There are no financial implications arising from this report."]),
                  ("Equalities implications / Public Sector Equality Duty", ["S.149 of the Equality Act 2010 requires public bodies to have due regard to the need to eliminate discrimination, harassment, victimisation, and any other conduct that is prohibited, advance equality of opportunity and foster good relations between persons who share a protected characteristic and those who do not.  This requires the Council to collect, monitor and manage equality data and consider the impact of its decisions on different parts of the community.  The Council should consider its equality duties in all aspects of its decision-making and has specific duties to publish equality objectives and information to demonstrate compliance with the s.149 duty."]),
                  ("Council Priorities", ["The performance report is arranged according to the 3 council priorities:"])]:
        heading(doc, h, 3)
        for p in ps:
            K.para(doc, p)
    for i, p in enumerate(["A council that puts residents first", "A borough that is clean and safe", "A place where those in need are supported."], 1):
        K.numbered(doc, f"{i}.", p, indent_cm=0.8)
    K.para(doc, "Section 3 - Statutory Officer Clearance", bold=True, size=13)
    clear = [("Statutory Officer:  Sharon Daniels", "Signed off by the Chief Financial Officer", "Date:  20 December 2023"),
             ("Statutory Officer:  Sarah Wilson", "Signed on behalf of the Monitoring Officer", "Date:  7 December 2023"),
             ("Chief Officer: Alex Dewsnap", "Signed off by the Corporate Director", "Date:  20 December 2023"),
             ("Head of Procurement:  Nimesh Mehta", "Signed by the Head of Procurement", "Date:  14 December 2023"),
             ("Head of Internal Audit:  Neale Burns", "Signed on behalf of the Head of Internal Audit", "Date: 19 December 2023")]
    t = K.table(doc, len(clear), 1, [16.6], ruled=False)
    K.no_borders(t)
    for r, lines in enumerate(clear):
        K.set_text(t.cell(r, 0), "\n".join(lines), size=10)
    K.para(doc, "Has the Portfolio Holder(s) been consulted?  Yes ☒")
    K.para(doc, "Mandatory Checks", bold=True, size=13)
    K.para(doc, "Ward Councillors notified: No, as it impacts on all Wards")
    K.para(doc, "EqIA carried out:  No\nNot required for the quarterly performance report")
    K.para(doc, "Section 4 - Contact Details and Background Papers", bold=True, size=13)
    K.para(doc, "Contact:  David Harrington david.harrington@harrow.gov.uk 07714 089170")
    K.para(doc, "Background Papers:  None")
    K.para(doc, "Call-in waived by the Chair of Overview and Scrutiny Committee: No")
    return doc


# --------------------------------------------------------------------------- Executive Board
def executive_board(seeds, sundry):
    doc = K.new_document()
    K.header_footer(doc, "Executive Board – 16 November 2023", "Directorate Performance Overview Reports – Quarter 2 2023-24")
    for label, value in [("REPORT TO:", "Executive Board"), ("DATE:", "16 November 2023"),
                         ("REPORTING OFFICER:", "Chief Executive"), ("PORTFOLIO:", "Corporate Services"),
                         ("SUBJECT:", "Directorate Performance Overview Reports for Quarter 2 2023 - 24"),
                         ("WARD(S):", "Borough-wide")]:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
        p.paragraph_format.left_indent = Cm(5.5)
        p.paragraph_format.first_line_indent = Cm(-5.5)
        r = p.add_run(label)
        r.bold = True
        p.add_run("\t" + value)
    secs = [
        ("1.0", "PURPOSE OF REPORT", [("1.1", "To report the Council's performance for the second quarter period to 30th September 2023.\nThe reports detail progress against key objectives / milestones and performance targets, and describes factors affecting each of the Directorates.")]),
        ("2.0", "RECOMMENDED:", [("1)", "**Executive Board note the information contained in the reports**"),
                                 ("2)", "**Consider the progress and performance information and raise any questions or points for clarification.**")]),
        ("3.0", "SUPPORTING INFORMATION", [
            ("3.1", "It is essential that the Council maintains a planning and performance framework that allows the identification and on-going monitoring of key activities and performance measures that meet organisational needs. Performance management will also continue to be important in our demonstration of value for money and outward accountability."),
            ("3.2", "The Directorate Performance Overview Reports provide a strategic summary of the key issues arising from performance in the relevant quarter for each Directorate and being aligned to Council priorities or functional areas. Such information is central to the Council's performance management arrangements and the Executive Board has a key role in monitoring performance and strengthening accountability."),
            ("3.3", "Information for each of the Council's Directorates, including the implementation of high-risk mitigation measures, is contained within the following appendices:"),
            ("", "Appendix 1 – Chief Executives Directorate"),
            ("", "Appendix 2 – Children and Young People Directorate")]),
        ("4.0", "POLICY IMPLICATIONS", [("4.1", "The Council's Performance Management Framework will continue to form a key part of the Council's policy framework.")]),
        ("5.0", "OTHER IMPLICATIONS", [("5.1", "These reports would also be available to support future scrutiny arrangements of services by Members and Inspection regimes for Ofsted and Adult Social Care.")]),
        ("6.0", "IMPLICATIONS FOR THE COUNCIL'S PRIORITIES", [
            ("6.1", "Existing and future performance frameworks at both local and national level are linked to the delivery of the Council's priorities."),
            ("6.2", "The provision of Directorate Overview Reports to Executive Board, that include progress in relation to objectives/ milestones and performance indicators will support organisational improvement and accountability.")]),
        ("7.0", "RISK ANALYSIS", [("7.1", "The Council performance management framework allows the authority to both align its activities to the delivery of organisational and partnership priorities and provide appropriate information to all relevant stakeholders in accordance with the \"transparency agenda\".")]),
        ("8.0", "EQUALITY AND DIVERSITY ISSUES", [("8.1", "Not applicable.")]),
        ("9.0", "CLIMATE CHANGE IMPLICATIONS", [("9.1", "Not applicable.")]),
        ("10", "LIST OF BACKGROUND PAPERS UNDER SECTIONS 100D OF THE LOCAL GOVERNMENT ACT 1972", [("", "Not applicable")]),
    ]
    for num, title, ps in secs:
        h = doc.add_paragraph(style="Heading 2")
        h.paragraph_format.left_indent = Cm(1.25)
        h.paragraph_format.first_line_indent = Cm(-1.25)
        h.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
        h.add_run(f"{num}\t{title}")
        for n, text in ps:
            if n:
                p = K.numbered(doc, n, "")
                p.runs[0].text = f"{n}\t"
                for i, part in enumerate(text.split("**")):
                    if part:
                        p.add_run(part).bold = (i % 2 == 1)
            else:
                q = K.para(doc, text)
                q.paragraph_format.left_indent = Cm(1.25)
    return doc
