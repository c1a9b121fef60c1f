package org.coproduce.process;

/**
 * Every process variable name, declared once. Variables are ids and flags only: the data they
 * point to lives in the modules' tables. Form field keys are task-local variables (declared by the
 * user task's input mapping) that a task listener hands to a domain service on completion.
 */
public final class ProcessVariables {

  // ids
  public static final String CASE_REF = "caseRef";
  public static final String OFFICER_ID = "officerId";
  public static final String INITIATOR = "initiator";
  public static final String MEMBER = "member";
  public static final String SPEC_VERSION = "specVersion";
  public static final String BUDGET_CHECKED_BY = "budgetCheckedBy";
  public static final String TENDER_DOCUMENT_ID = "tenderDocumentId";
  public static final String TENDER_DOCUMENT_VERSION = "tenderDocumentVersion";
  public static final String TENDER_ID = "tenderId";
  public static final String BID_ID = "bidId";
  public static final String EVALUATION_ROUND = "evaluationRound";
  public static final String RECOMMENDED_BID_ID = "recommendedBidId";
  /** The recommended bid's price: the award-authority decision table's input. */
  public static final String CONTRACT_VALUE = "contractValue";
  /** The group the award-authority decision table assigns the approval to. */
  public static final String APPROVER_GROUP = "approverGroup";

  // flags
  public static final String PANEL_CONFIRMED = "panelConfirmed";
  public static final String ALL_MEMBERS_DECLARED = "allMembersDeclared";
  public static final String SPECIFICATION_APPROVED = "specificationApproved";
  public static final String BUDGET_APPROVED = "budgetApproved";
  public static final String TENDER_DOCUMENTS_SIGNED_OFF = "tenderDocumentsSignedOff";
  public static final String CONTRACT_AWARDED = "contractAwarded";
  public static final String BIDS_RECEIVED = "bidsReceived";
  public static final String COMPLIANT_BIDS_FOUND = "compliantBidsFound";
  public static final String MODERATION_DONE = "moderationDone";
  public static final String RECOMMENDATION_APPROVED = "recommendationApproved";
  public static final String AWARD_APPROVED = "awardApproved";
  public static final String CHALLENGE_UPHELD = "challengeUpheld";
  public static final String RETENDER = "retender";

  /** Fields of the start form in Tasklist ("Open a case"), read once by the register-case delegate. */
  public static final class OpenCaseForm {
    public static final String SERVICE_AREA = "serviceArea";
    public static final String TITLE = "title";
    public static final String PROBLEM_STATEMENT = "problemStatement";
    public static final String BUDGET_LINE = "budgetLine";
    public static final String ENVELOPE_AMOUNT = "envelopeAmount";
    public static final String TARGET_AWARD_DATE = "targetAwardDate";
    public static final String TARGET_SERVICE_START = "targetServiceStart";
    public static final String[] ALL = {SERVICE_AREA, TITLE, PROBLEM_STATEMENT, BUDGET_LINE, ENVELOPE_AMOUNT,
        TARGET_AWARD_DATE, TARGET_SERVICE_START};

    private OpenCaseForm() {
    }
  }

  /** Task-local form fields. */
  public static final class Form {
    public static final String PANEL_DECISION = "panelDecision";
    public static final String HAS_CONFLICT = "hasConflict";
    public static final String CONFLICT_DETAILS = "conflictDetails";
    public static final String NEEDS = "needs";
    public static final String PRIORITIES = "priorities";
    public static final String ASSESSMENT = "assessment";
    public static final String VOTE = "vote";
    public static final String COMMENT = "comment";
    public static final String BUDGET_DECISION = "budgetDecision";
    public static final String BUDGET_REASON = "budgetReason";
    // the chair's specification draft
    public static final String OUTCOMES = "outcomes";
    public static final String SERVICE_LEVELS = "serviceLevels";
    public static final String DURATION_MONTHS = "durationMonths";
    public static final String ESTIMATED_VALUE = "estimatedValue";
    public static final String PLAIN_SUMMARY = "plainSummary";
    public static final String QUALITY_NAME = "qualityName";
    public static final String QUALITY_WEIGHT = "qualityWeight";
    public static final String QUALITY_DESCRIPTION = "qualityDescription";
    public static final String QUALITY2_NAME = "quality2Name";
    public static final String QUALITY2_WEIGHT = "quality2Weight";
    public static final String QUALITY2_DESCRIPTION = "quality2Description";
    public static final String PRICE_WEIGHT = "priceWeight";
    public static final String SOCIAL_VALUE_NAME = "socialValueName";
    public static final String SOCIAL_VALUE_WEIGHT = "socialValueWeight";
    public static final String SOCIAL_VALUE_DESCRIPTION = "socialValueDescription";
    // tender and award
    public static final String OPENING_CONFIRMED = "openingConfirmed";
    public static final String COMPLIANCE = "compliance";
    public static final String COMPLIANCE_REASON = "complianceReason";
    public static final String CRITERION = "criterion";
    public static final String SCORE = "score";
    public static final String JUSTIFICATION = "justification";
    public static final String MODERATION = "moderation";
    public static final String MODERATED_BID = "moderatedBid";
    public static final String MODERATED_EVALUATOR = "moderatedEvaluator";
    public static final String MODERATED_CRITERION = "moderatedCriterion";
    public static final String MODERATED_SCORE = "moderatedScore";
    public static final String MODERATION_REASON = "moderationReason";
    public static final String APPROVAL = "approval";
    public static final String APPROVAL_REASON = "approvalReason";
    public static final String CHALLENGE_DECISION = "challengeDecision";
    public static final String CHALLENGE_REASON = "challengeReason";
    public static final String RETENDER_DECISION = "retenderDecision";
    public static final String RETENDER_REASON = "retenderReason";

    private Form() {
    }
  }

  /** Messages the processes wait for or start on. */
  public static final class Messages {
    public static final String CASE_OPENED = "CaseOpened";
    public static final String CHALLENGE_RECEIVED = "ChallengeReceived";

    private Messages() {
    }
  }

  /** BPMN errors the delegates raise for the model to route. */
  public static final class Errors {
    public static final String BUDGET_LINE_EXCEEDED = "BudgetLineExceeded";

    private Errors() {
    }
  }

  private ProcessVariables() {
  }
}
