/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MailscopeFactoryImpl extends EFactoryImpl implements MailscopeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MailscopeFactory init() {
		try {
			MailscopeFactory theMailscopeFactory = (MailscopeFactory)EPackage.Registry.INSTANCE.getEFactory(MailscopePackage.eNS_URI);
			if (theMailscopeFactory != null) {
				return theMailscopeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MailscopeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MailscopeFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case MailscopePackage.CATALOG: return createCatalog();
			case MailscopePackage.ERROR_CODE: return createErrorCode();
			case MailscopePackage.CAUSE: return createCause();
			case MailscopePackage.PROTOCOL_REPLY: return createProtocolReply();
			case MailscopePackage.REPLY_CODE: return createReplyCode();
			case MailscopePackage.REPLY_TEXT: return createReplyText();
			case MailscopePackage.TRACE: return createTrace();
			case MailscopePackage.SESSION: return createSession();
			case MailscopePackage.EXCHANGE: return createExchange();
			case MailscopePackage.PROTOCOL_LINE: return createProtocolLine();
			case MailscopePackage.STATUS_EVENT: return createStatusEvent();
			case MailscopePackage.CONNECTION_EVENT: return createConnectionEvent();
			case MailscopePackage.OTHER_LINE: return createOtherLine();
			case MailscopePackage.REPAIR: return createRepair();
			case MailscopePackage.IMPORT_PROBLEM: return createImportProblem();
			case MailscopePackage.DIAGNOSIS: return createDiagnosis();
			case MailscopePackage.FINDING: return createFinding();
			case MailscopePackage.EVIDENCE: return createEvidence();
			case MailscopePackage.RULE_FAILURE: return createRuleFailure();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case MailscopePackage.REPLY_CODE_KIND:
				return createReplyCodeKindFromString(eDataType, initialValue);
			case MailscopePackage.REPLY_TEXT_KIND:
				return createReplyTextKindFromString(eDataType, initialValue);
			case MailscopePackage.FAMILY:
				return createFamilyFromString(eDataType, initialValue);
			case MailscopePackage.CAUSE_CATEGORY:
				return createCauseCategoryFromString(eDataType, initialValue);
			case MailscopePackage.PROTOCOL:
				return createProtocolFromString(eDataType, initialValue);
			case MailscopePackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case MailscopePackage.TLS_STATE:
				return createTlsStateFromString(eDataType, initialValue);
			case MailscopePackage.CONNECTION_EVENT_KIND:
				return createConnectionEventKindFromString(eDataType, initialValue);
			case MailscopePackage.REPAIR_KIND:
				return createRepairKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case MailscopePackage.REPLY_CODE_KIND:
				return convertReplyCodeKindToString(eDataType, instanceValue);
			case MailscopePackage.REPLY_TEXT_KIND:
				return convertReplyTextKindToString(eDataType, instanceValue);
			case MailscopePackage.FAMILY:
				return convertFamilyToString(eDataType, instanceValue);
			case MailscopePackage.CAUSE_CATEGORY:
				return convertCauseCategoryToString(eDataType, instanceValue);
			case MailscopePackage.PROTOCOL:
				return convertProtocolToString(eDataType, instanceValue);
			case MailscopePackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case MailscopePackage.TLS_STATE:
				return convertTlsStateToString(eDataType, instanceValue);
			case MailscopePackage.CONNECTION_EVENT_KIND:
				return convertConnectionEventKindToString(eDataType, instanceValue);
			case MailscopePackage.REPAIR_KIND:
				return convertRepairKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalog createCatalog() {
		CatalogImpl catalog = new CatalogImpl();
		return catalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ErrorCode createErrorCode() {
		ErrorCodeImpl errorCode = new ErrorCodeImpl();
		return errorCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cause createCause() {
		CauseImpl cause = new CauseImpl();
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolReply createProtocolReply() {
		ProtocolReplyImpl protocolReply = new ProtocolReplyImpl();
		return protocolReply;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplyCode createReplyCode() {
		ReplyCodeImpl replyCode = new ReplyCodeImpl();
		return replyCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReplyText createReplyText() {
		ReplyTextImpl replyText = new ReplyTextImpl();
		return replyText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trace createTrace() {
		TraceImpl trace = new TraceImpl();
		return trace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session createSession() {
		SessionImpl session = new SessionImpl();
		return session;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Exchange createExchange() {
		ExchangeImpl exchange = new ExchangeImpl();
		return exchange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolLine createProtocolLine() {
		ProtocolLineImpl protocolLine = new ProtocolLineImpl();
		return protocolLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusEvent createStatusEvent() {
		StatusEventImpl statusEvent = new StatusEventImpl();
		return statusEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionEvent createConnectionEvent() {
		ConnectionEventImpl connectionEvent = new ConnectionEventImpl();
		return connectionEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OtherLine createOtherLine() {
		OtherLineImpl otherLine = new OtherLineImpl();
		return otherLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Repair createRepair() {
		RepairImpl repair = new RepairImpl();
		return repair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImportProblem createImportProblem() {
		ImportProblemImpl importProblem = new ImportProblemImpl();
		return importProblem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagnosis createDiagnosis() {
		DiagnosisImpl diagnosis = new DiagnosisImpl();
		return diagnosis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding createFinding() {
		FindingImpl finding = new FindingImpl();
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence createEvidence() {
		EvidenceImpl evidence = new EvidenceImpl();
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleFailure createRuleFailure() {
		RuleFailureImpl ruleFailure = new RuleFailureImpl();
		return ruleFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReplyCodeKind createReplyCodeKindFromString(EDataType eDataType, String initialValue) {
		ReplyCodeKind result = ReplyCodeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReplyCodeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReplyTextKind createReplyTextKindFromString(EDataType eDataType, String initialValue) {
		ReplyTextKind result = ReplyTextKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReplyTextKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Family createFamilyFromString(EDataType eDataType, String initialValue) {
		Family result = Family.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFamilyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CauseCategory createCauseCategoryFromString(EDataType eDataType, String initialValue) {
		CauseCategory result = CauseCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCauseCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Protocol createProtocolFromString(EDataType eDataType, String initialValue) {
		Protocol result = Protocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TlsState createTlsStateFromString(EDataType eDataType, String initialValue) {
		TlsState result = TlsState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTlsStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConnectionEventKind createConnectionEventKindFromString(EDataType eDataType, String initialValue) {
		ConnectionEventKind result = ConnectionEventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectionEventKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RepairKind createRepairKindFromString(EDataType eDataType, String initialValue) {
		RepairKind result = RepairKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRepairKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MailscopePackage getMailscopePackage() {
		return (MailscopePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MailscopePackage getPackage() {
		return MailscopePackage.eINSTANCE;
	}

} //MailscopeFactoryImpl
