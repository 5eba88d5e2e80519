"""govgraph: map public-sector partnership governance as a graph.

Organisations, roles, boards, panels, partnerships and the meetings between
them, loaded from registers, checked, walked and summarised::

    import govgraph
    reg = govgraph.load_json("examples/registers/avon-and-somerset-2016.json")
    for meeting in reg.meetings:
        print(meeting.name, meeting.cadence.describe())
    print(govgraph.format_summary(reg, govgraph.summarise(reg)))

Errors raise ``govgraph.InvalidInputError`` (a ``ValueError``) or
``govgraph.NotFoundError`` (a ``LookupError``), both ``govgraph.GovgraphError``,
with a message that names the place: file, JSON path, row or field. Options
are checked where they are used, in the C++ library: an indent, a number of
threads, a year or a limit out of range raises ``InvalidInputError`` naming
the option and the range it allows.

**Values are copied in and out.** Reading an attribute gives a copy:
``meeting.participants`` is a new list of new ``Participant`` objects,
``meeting.lead`` a new ``Lead``, ``register.info`` a new ``RegisterInfo``,
and a result's lists are new lists. Changing a copy leaves the object it came
from as it was; assign it back to change that (assigning copies it in)::

    participants = meeting.participants
    participants[0].note = "Chief Constable"
    meeting.participants = participants

So no Python object refers into another: each stays valid whatever happens to
the one it came from (replaced, emptied, deleted, or changed from another
thread), and a ``Register`` changes only through ``register.to_builder()``.
"""

import functools
import warnings
from typing import Any

from govgraph._core import (
    REGISTER_SCHEMA_VERSION,
    Area,
    AreaKind,
    Cadence,
    CadenceKind,
    CoAttendance,
    Component,
    Diagnostic,
    Entity,
    GovgraphError,
    Identifier,
    Initiative,
    InitiativeStatus,
    InvalidInputError,
    Involvement,
    Lead,
    LeadTally,
    Level,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MemberOffice,
    Membership,
    NamedCount,
    NotFoundError,
    Organisation,
    OrganisationKind,
    Participant,
    ParticipationType,
    PartnershipGraph,
    Party,
    Person,
    Register,
    RegisterBuilder,
    RegisterDefaults,
    RegisterInfo,
    SummaryResult,
    Role,
    SeatKind,
    Topic,
    VertexKind,
    __version__,
    co_attendance,
    connected_components,
    dumps_json,
    format_summary,
    load_json,
    loads_json,
    normalise_name,
    parse_cadence,
    save_json,
    slugify,
    summarise,
)

__all__ = [
    "REGISTER_SCHEMA_VERSION",
    "Area",
    "AreaKind",
    "Cadence",
    "CadenceKind",
    "CoAttendance",
    "Component",
    "Diagnostic",
    "Entity",
    "GovgraphError",
    "Identifier",
    "Initiative",
    "InitiativeStatus",
    "InvalidInputError",
    "Involvement",
    "Lead",
    "LeadTally",
    "Level",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "MemberOffice",
    "Membership",
    "NamedCount",
    "NotFoundError",
    "Organisation",
    "OrganisationKind",
    "Participant",
    "ParticipationType",
    "PartnershipGraph",
    "Party",
    "Person",
    "Problem",
    "Register",
    "RegisterBuilder",
    "RegisterDefaults",
    "RegisterInfo",
    "SummaryResult",
    "Role",
    "SeatKind",
    "Topic",
    "VertexKind",
    "__version__",
    "co_attendance",
    "connected_components",
    "dumps_json",
    "format_summary",
    "load_json",
    "loads_json",
    "normalise_name",
    "parse_cadence",
    "save_json",
    "slugify",
    "summarise",
]

# The names the diagnostic types had before one type served every reader and check (deprecated).
Problem = Diagnostic
ModernGovDiagnostic = Diagnostic

# How much any reader accepts (docs/reliability.md).
from govgraph.limits import InputLimits, get_input_limits, set_input_limits  # noqa: E402

__all__ += ["InputLimits", "get_input_limits", "set_input_limits"]

# Analyses (docs/analyses.md). Importing govgraph.analysis attaches .to_pandas().
from govgraph._core import (  # noqa: E402
    BurdenResult,
    ActorInfluence,
    BurdenShare,
    InfluenceResult,
    MeetingBurden,
    MeetingReach,
    ReachResult,
    OrganisationBurden,
    ReportingLinesResult,
    ReportingNode,
    RoleBurden,
    burden,
    influence,
    reach,
    reporting_lines,
    ChangeAction,
    ChangeSet,
    HoursSaved,
    LostForum,
    LostLink,
    MeetingChange,
    UnmetDuty,
    WhatIfResult,
    apply_change_set,
    load_change_set,
    loads_change_set,
    what_if,
    EngagementRule,
    EngagementRules,
    RoleClarityResult,
    RoleIssue,
    RoleIssueKind,
    RuleResult,
    RuleViolation,
    format_role_clarity,
    load_engagement_rules,
    loads_engagement_rules,
    role_clarity,
    AffectedMeeting,
    EngagementAction,
    EngagementChannel,
    EngagementPlanResult,
    engagement_plan,
    RationalisationCost,
    RationalisationMethod,
    RationalisationResult,
    Requirement,
    StoppedMeeting,
    format_rationalisation,
    rationalise,
    InitiativeGap,
    InitiativeOverlap,
    PortfolioResult,
    PriorityCoverage,
    format_portfolio,
    portfolio,
    CompositionRemedy,
    CompositionRuleResult,
    CompositionRuleText,
    CouncilSeats,
    PanelCompositionResult,
    PanelCompositionRules,
    format_panel_composition,
    panel_composition,
    panel_composition_rules,
    PillarLead,
    PillarLeadsResult,
    pillar_leads,
)
from govgraph import analysis  # noqa: E402,F401
from govgraph.analysis import format_reporting_lines  # noqa: E402

__all__ += [
    "BurdenResult",
    "ActorInfluence",
    "BurdenShare",
    "InfluenceResult",
    "MeetingBurden",
    "MeetingReach",
    "ReachResult",
    "OrganisationBurden",
    "ReportingLinesResult",
    "ReportingNode",
    "RoleBurden",
    "burden",
    "influence",
    "reach",
    "reporting_lines",
    "format_reporting_lines",
    "ChangeAction",
    "ChangeSet",
    "HoursSaved",
    "LostForum",
    "LostLink",
    "MeetingChange",
    "UnmetDuty",
    "WhatIfResult",
    "apply_change_set",
    "load_change_set",
    "loads_change_set",
    "what_if",
    "EngagementRule",
    "EngagementRules",
    "RoleClarityResult",
    "RoleIssue",
    "RoleIssueKind",
    "RuleResult",
    "RuleViolation",
    "format_role_clarity",
    "load_engagement_rules",
    "loads_engagement_rules",
    "role_clarity",
    "AffectedMeeting",
    "EngagementAction",
    "EngagementChannel",
    "EngagementPlanResult",
    "engagement_plan",
    "RationalisationCost",
    "RationalisationMethod",
    "RationalisationResult",
    "Requirement",
    "StoppedMeeting",
    "format_rationalisation",
    "rationalise",
    "InitiativeGap",
    "InitiativeOverlap",
    "PortfolioResult",
    "PriorityCoverage",
    "format_portfolio",
    "portfolio",
    "CompositionRemedy",
    "CompositionRuleResult",
    "CompositionRuleText",
    "CouncilSeats",
    "PanelCompositionResult",
    "PanelCompositionRules",
    "format_panel_composition",
    "panel_composition",
    "panel_composition_rules",
    "PillarLead",
    "PillarLeadsResult",
    "pillar_leads",
]

# A panel's skills audit (docs/panel.md).
from govgraph._core import (  # noqa: E402
    MemberSkills,
    PillarCoverage,
    PlanPillar,
    Skill,
    SkillCoverage,
    SkillLevel,
    SkillsAuditResult,
    SkillsAuditTable,
    SkillsFramework,
    TrainingNeed,
    format_skills_audit,
    skills_framework,
)
from govgraph.skills import load_skills_framework, read_skills_audit, skills_audit  # noqa: E402

__all__ += [
    "MemberSkills",
    "PillarCoverage",
    "PlanPillar",
    "Skill",
    "SkillCoverage",
    "SkillLevel",
    "SkillsAuditResult",
    "SkillsAuditTable",
    "SkillsFramework",
    "TrainingNeed",
    "format_skills_audit",
    "load_skills_framework",
    "read_skills_audit",
    "skills_audit",
    "skills_framework",
]

# Action plans, recorded and tracked (docs/panel.md).
from govgraph._core import (  # noqa: E402
    Action,
    ActionAnswers,
    ActionPlan,
    ActionProgressItem,
    ActionProgressResult,
    action_plan_from_changes,
    action_progress,
    format_action_progress,
    load_action_plan,
    loads_action_plan,
    save_action_plan,
)

__all__ += [
    "Action",
    "ActionAnswers",
    "ActionPlan",
    "ActionProgressItem",
    "ActionProgressResult",
    "action_plan_from_changes",
    "action_progress",
    "format_action_progress",
    "load_action_plan",
    "loads_action_plan",
    "save_action_plan",
]

# Importing register tables (docs/from-spreadsheet.md).
from govgraph._core import AliasEntry, AliasTable  # noqa: E402
from govgraph.importing import ImportResult, aliases_path, import_csv, import_table  # noqa: E402

__all__ += [
    "AliasEntry",
    "AliasTable",
    "ImportResult",
    "aliases_path",
    "import_csv",
    "import_table",
]

# Register tables in Excel workbooks and Word papers, and a register as a workbook (docs/from-spreadsheet.md).
# Importing govgraph.office attaches Register.to_excel(); openpyxl and python-docx load when first used.
from govgraph.office import (  # noqa: E402
    MissingDependencyError,
    OfficeDiagnostic,
    SkippedTable,
    import_docx,
    import_office,
    import_xlsx,
    office_kind,
    read_excel,
    register_to_excel,
)

__all__ += [
    "MissingDependencyError",
    "OfficeDiagnostic",
    "SkippedTable",
    "import_docx",
    "import_office",
    "import_xlsx",
    "office_kind",
    "read_excel",
    "register_to_excel",
]

# Meeting cycles (docs/meeting-cycle.md). Importing govgraph.calendar attaches .to_pandas().
from govgraph._core import (  # noqa: E402
    AlignmentCheck,
    BankHoliday,
    BankHolidayRegion,
    Clash,
    CycleCheckResult,
    CycleFinding,
    CyclePlan,
    MeetingPlan,
    Occurrence,
    PlannedSitting,
    Publication,
    PublicationDate,
    RoleMonthLoad,
    RoleWeekLoad,
    Schedule,
    ScheduleRule,
    StatutoryAssignment,
    StatutoryCheck,
    UnscheduledMeeting,
    bank_holidays,
    check_cycle,
    easter_sunday,
    expand_schedule,
    format_cycle_check,
    is_working_day,
    load_cycle_plan,
    loads_cycle_plan,
    parse_schedule_rule,
    save_ical,
    schedule_to_ical,
)
from govgraph import calendar  # noqa: E402,F401

__all__ += [
    "AlignmentCheck",
    "BankHoliday",
    "BankHolidayRegion",
    "Clash",
    "CycleCheckResult",
    "CycleFinding",
    "CyclePlan",
    "MeetingPlan",
    "Occurrence",
    "PlannedSitting",
    "Publication",
    "PublicationDate",
    "RoleMonthLoad",
    "RoleWeekLoad",
    "Schedule",
    "ScheduleRule",
    "StatutoryAssignment",
    "StatutoryCheck",
    "UnscheduledMeeting",
    "bank_holidays",
    "check_cycle",
    "easter_sunday",
    "expand_schedule",
    "format_cycle_check",
    "is_working_day",
    "load_cycle_plan",
    "loads_cycle_plan",
    "parse_schedule_rule",
    "save_ical",
    "schedule_to_ical",
]

# A panel's forward plan: agenda items per sitting, checked (docs/panel.md). govgraph.calendar attaches .to_pandas().
from govgraph._core import (  # noqa: E402
    AgendaItem,
    ForwardPlan,
    ForwardPlanCheckResult,
    ForwardPlanFinding,
    ForwardPlanPillar,
    ForwardPlanSitting,
    PillarScrutiny,
    PreMeeting,
    SittingAgenda,
    check_forward_plan,
    format_forward_plan_check,
    load_forward_plan,
    loads_forward_plan,
)

__all__ += [
    "AgendaItem",
    "ForwardPlan",
    "ForwardPlanCheckResult",
    "ForwardPlanFinding",
    "ForwardPlanPillar",
    "ForwardPlanSitting",
    "PillarScrutiny",
    "PreMeeting",
    "SittingAgenda",
    "check_forward_plan",
    "format_forward_plan_check",
    "load_forward_plan",
    "loads_forward_plan",
]

# Overlap and duplication (docs/overlap.md). Importing govgraph.overlap attaches .to_pandas().
from govgraph._core import (  # noqa: E402
    Containment,
    Item,
    Overlap,
    OverlapCluster,
    OverlapResult,
    OverlapStats,
    SharedParticipant,
    SharedTerm,
    SignalScores,
    find_overlaps,
    find_overlaps_naive,
    item_id,
    item_name,
)
from govgraph.overlap import (  # noqa: E402
    ConsumedMeetings,
    OverlapClusters,
    cluster_overlaps,
    find_consumed,
    iter_overlaps,
)

__all__ += [
    "Containment",
    "ConsumedMeetings",
    "Item",
    "Overlap",
    "OverlapCluster",
    "OverlapClusters",
    "OverlapResult",
    "OverlapStats",
    "SharedParticipant",
    "SharedTerm",
    "SignalScores",
    "cluster_overlaps",
    "find_consumed",
    "find_overlaps",
    "find_overlaps_naive",
    "item_id",
    "item_name",
    "iter_overlaps",
]

# Typed findings and one consistent proposal (docs/overlap.md, "Findings").
from govgraph._core import CannotJudge, FindingKind, ProposedStop, ReviewFinding  # noqa: E402
from govgraph.findings import RegisterReview, review  # noqa: E402

__all__ += [
    "CannotJudge",
    "FindingKind",
    "ProposedStop",
    "RegisterReview",
    "ReviewFinding",
    "review",
]

# Registers as tidy DataFrames (docs/notebooks-and-reports.md). Importing govgraph.frames attaches
# Register.to_frames(), Register.to_pandas() and SummaryResult.to_pandas().
from govgraph.frames import RegisterFrames, register_from_frames, register_to_frames  # noqa: E402

__all__ += [
    "RegisterFrames",
    "register_from_frames",
    "register_to_frames",
]

# The partnership network as networkx graphs and as GraphML / DOT; charts (govgraph.plot) and the HTML
# report (govgraph.report) (docs/notebooks-and-reports.md). networkx and matplotlib load when first used.
from govgraph._core import save_dot, save_graphml, to_dot, to_graphml  # noqa: E402
from govgraph.graphs import co_attendance_network, meeting_network, to_networkx  # noqa: E402
from govgraph import graphs, plot, report  # noqa: E402,F401

__all__ += [
    "co_attendance_network",
    "meeting_network",
    "save_dot",
    "save_graphml",
    "to_dot",
    "to_graphml",
    "to_networkx",
]

# Popolo JSON and Open Civic Data ids.
from govgraph._core import (  # noqa: E402
    OCD_SCHEME,
    OcdDivision,
    OcdSuggestion,
    PopoloImport,
    attach_ocd_ids,
    check_ocd_ids,
    dumps_popolo,
    find_police_force_area,
    load_popolo,
    loads_popolo,
    looks_like_popolo,
    ocd_id_of,
    save_popolo,
    suggest_ocd_ids,
)
from govgraph.ocd import PoliceForceAreas, police_force_areas  # noqa: E402

__all__ += [
    "OCD_SCHEME",
    "OcdDivision",
    "OcdSuggestion",
    "PoliceForceAreas",
    "PopoloImport",
    "attach_ocd_ids",
    "check_ocd_ids",
    "dumps_popolo",
    "find_police_force_area",
    "load_popolo",
    "loads_popolo",
    "looks_like_popolo",
    "ocd_id_of",
    "police_force_areas",
    "save_popolo",
    "suggest_ocd_ids",
]

# Merging registers and organisation changes (docs/merging.md).
from govgraph._core import (  # noqa: E402
    EntityMatch,
    EntityType,
    FieldConflict,
    MatchRule,
    MergeResult,
    MergeSide,
    MovedMembership,
    NearMiss,
    OrganisationChange,
    OrganisationChangeKind,
    OrganisationChangeResult,
    OrganisationChanges,
    RenamedId,
    ResultingOrganisation,
    apply_organisation_changes,
    load_organisation_changes,
    merge_registers,
    name_similarity,
    loads_organisation_changes,
)
from govgraph.merging import RecordTable  # noqa: E402

__all__ += [
    "EntityMatch",
    "EntityType",
    "FieldConflict",
    "MatchRule",
    "MergeResult",
    "MergeSide",
    "MovedMembership",
    "NearMiss",
    "OrganisationChange",
    "OrganisationChangeKind",
    "OrganisationChangeResult",
    "OrganisationChanges",
    "RecordTable",
    "RenamedId",
    "ResultingOrganisation",
    "apply_organisation_changes",
    "load_organisation_changes",
    "merge_registers",
    "name_similarity",
    "loads_organisation_changes",
]

# ModernGov web-service XML (committees, meetings, attendees).
from govgraph._core import (  # noqa: E402
    ModernGovAgendaItem,
    ModernGovAttendee,
    ModernGovCadenceEvidence,
    ModernGovCommittee,
    ModernGovCouncillor,
    ModernGovDocument,
    ModernGovMeeting,
)
from govgraph.moderngov import (  # noqa: E402
    ModernGovImportResult,
    import_moderngov,
    moderngov_response,
    read_moderngov,
)

__all__ += [
    "ModernGovAgendaItem",
    "ModernGovAttendee",
    "ModernGovCadenceEvidence",
    "ModernGovCommittee",
    "ModernGovCouncillor",
    "ModernGovDiagnostic",
    "ModernGovDocument",
    "ModernGovImportResult",
    "ModernGovMeeting",
    "import_moderngov",
    "moderngov_response",
    "read_moderngov",
]


def _renamed(new: Any, old: str) -> Any:
    """``new`` under the name it had before, warning that the name is going (DeprecationWarning)."""

    @functools.wraps(new)
    def call(*args: Any, **kwargs: Any) -> Any:
        warnings.warn(f"govgraph.{old} is now govgraph.{new.__name__}", DeprecationWarning, stacklevel=2)
        return new(*args, **kwargs)

    call.__name__ = call.__qualname__ = old
    return call


# JSON text is read by loads_... (as json.loads, loads_json, loads_popolo); the older parse_... names still work.
parse_action_plan = _renamed(loads_action_plan, "parse_action_plan")
parse_change_set = _renamed(loads_change_set, "parse_change_set")
parse_engagement_rules = _renamed(loads_engagement_rules, "parse_engagement_rules")
parse_organisation_changes = _renamed(loads_organisation_changes, "parse_organisation_changes")

# The results' names before the naming table (docs/architecture.md): the same classes.
RegisterSummary = SummaryResult
CycleCheck = CycleCheckResult
ForwardPlanCheck = ForwardPlanCheckResult
