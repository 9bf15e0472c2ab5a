/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.Catalog;
import io.mailscope.model.Cause;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.ConnectionEventKind;
import io.mailscope.model.Diagnosis;
import io.mailscope.model.Direction;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.Evidence;
import io.mailscope.model.Exchange;
import io.mailscope.model.Family;
import io.mailscope.model.Finding;
import io.mailscope.model.ImportProblem;
import io.mailscope.model.MailscopeFactory;
import io.mailscope.model.MailscopePackage;
import io.mailscope.model.OtherLine;
import io.mailscope.model.Protocol;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.ProtocolReply;
import io.mailscope.model.Repair;
import io.mailscope.model.RepairKind;
import io.mailscope.model.ReplyCode;
import io.mailscope.model.ReplyCodeKind;
import io.mailscope.model.ReplyKnowledge;
import io.mailscope.model.ReplyText;
import io.mailscope.model.ReplyTextKind;
import io.mailscope.model.RuleFailure;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.TlsState;
import io.mailscope.model.Trace;
import io.mailscope.model.TraceEvent;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MailscopePackageImpl extends EPackageImpl implements MailscopePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass errorCodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass causeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass protocolReplyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass replyKnowledgeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass replyCodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass replyTextEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass traceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exchangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass traceEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass protocolLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectionEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass otherLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass repairEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass importProblemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagnosisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass findingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleFailureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum replyCodeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum replyTextKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum familyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum causeCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum protocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tlsStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectionEventKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum repairKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.mailscope.model.MailscopePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MailscopePackageImpl() {
		super(eNS_URI, MailscopeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link MailscopePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static MailscopePackage init() {
		if (isInited) return (MailscopePackage)EPackage.Registry.INSTANCE.getEPackage(MailscopePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMailscopePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MailscopePackageImpl theMailscopePackage = registeredMailscopePackage instanceof MailscopePackageImpl ? (MailscopePackageImpl)registeredMailscopePackage : new MailscopePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theMailscopePackage.createPackageContents();

		// Initialize created meta-data
		theMailscopePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theMailscopePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MailscopePackage.eNS_URI, theMailscopePackage);
		return theMailscopePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalog() {
		return catalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Name() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Version() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Codes() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Replies() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Knowledge() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getErrorCode() {
		return errorCodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCode_Value() {
		return (EAttribute)errorCodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCode_Symbol() {
		return (EAttribute)errorCodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCode_Family() {
		return (EAttribute)errorCodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCode_Title() {
		return (EAttribute)errorCodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCode_Meaning() {
		return (EAttribute)errorCodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCode_ClientMessage() {
		return (EAttribute)errorCodeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCode_TraceSignal() {
		return (EAttribute)errorCodeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCode_Success() {
		return (EAttribute)errorCodeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorCode_Source() {
		return (EAttribute)errorCodeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getErrorCode_Causes() {
		return (EReference)errorCodeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getErrorCode_Replies() {
		return (EReference)errorCodeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCause() {
		return causeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCause_Id() {
		return (EAttribute)causeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCause_Category() {
		return (EAttribute)causeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCause_Title() {
		return (EAttribute)causeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCause_Description() {
		return (EAttribute)causeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCause_Checks() {
		return (EAttribute)causeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCause_UserRemedies() {
		return (EAttribute)causeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCause_AdminRemedies() {
		return (EAttribute)causeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCause_ErrorCode() {
		return (EReference)causeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProtocolReply() {
		return protocolReplyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolReply_Protocol() {
		return (EAttribute)protocolReplyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolReply_Reply() {
		return (EAttribute)protocolReplyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolReply_Meaning() {
		return (EAttribute)protocolReplyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolReply_ClientMapping() {
		return (EAttribute)protocolReplyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProtocolReply_ErrorCodes() {
		return (EReference)protocolReplyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReplyKnowledge() {
		return replyKnowledgeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyKnowledge_Id() {
		return (EAttribute)replyKnowledgeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyKnowledge_CauseId() {
		return (EAttribute)replyKnowledgeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyKnowledge_Confidence() {
		return (EAttribute)replyKnowledgeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyKnowledge_Why() {
		return (EAttribute)replyKnowledgeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyKnowledge_Fix() {
		return (EAttribute)replyKnowledgeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyKnowledge_Source() {
		return (EAttribute)replyKnowledgeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReplyCode() {
		return replyCodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyCode_Protocol() {
		return (EAttribute)replyCodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyCode_Kind() {
		return (EAttribute)replyCodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyCode_Code() {
		return (EAttribute)replyCodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyCode_Title() {
		return (EAttribute)replyCodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReplyText() {
		return replyTextEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyText_Kind() {
		return (EAttribute)replyTextEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyText_Phrases() {
		return (EAttribute)replyTextEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyText_Pattern() {
		return (EAttribute)replyTextEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyText_Product() {
		return (EAttribute)replyTextEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyText_ProductKind() {
		return (EAttribute)replyTextEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrace() {
		return traceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrace_Source() {
		return (EAttribute)traceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrace_FormatId() {
		return (EAttribute)traceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrace_FormatName() {
		return (EAttribute)traceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrace_LineCount() {
		return (EAttribute)traceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrace_ByteCount() {
		return (EAttribute)traceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrace_Sessions() {
		return (EReference)traceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrace_StatusEvents() {
		return (EReference)traceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrace_OtherLines() {
		return (EReference)traceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrace_OtherLineCount() {
		return (EAttribute)traceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrace_Repairs() {
		return (EReference)traceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrace_Problems() {
		return (EReference)traceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSession() {
		return sessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Protocol() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Host() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Port() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_ClientProduct() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Tls() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_ContextId() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Exchanges() {
		return (EReference)sessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_ConnectionEvents() {
		return (EReference)sessionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_ExchangeCount() {
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Trace() {
		return (EReference)sessionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExchange() {
		return exchangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExchange_Command() {
		return (EReference)exchangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExchange_ReplyLines() {
		return (EReference)exchangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExchange_Verb() {
		return (EAttribute)exchangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExchange_Tag() {
		return (EAttribute)exchangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExchange_Complete() {
		return (EAttribute)exchangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExchange_Session() {
		return (EReference)exchangeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTraceEvent() {
		return traceEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEvent_FirstLine() {
		return (EAttribute)traceEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEvent_LastLine() {
		return (EAttribute)traceEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEvent_Offset() {
		return (EAttribute)traceEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEvent_Time() {
		return (EAttribute)traceEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEvent_Text() {
		return (EAttribute)traceEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProtocolLine() {
		return protocolLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolLine_Direction() {
		return (EAttribute)protocolLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolLine_Masked() {
		return (EAttribute)protocolLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusEvent() {
		return statusEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusEvent_Value() {
		return (EAttribute)statusEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStatusEvent_ErrorCode() {
		return (EReference)statusEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStatusEvent_Session() {
		return (EReference)statusEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnectionEvent() {
		return connectionEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectionEvent_Kind() {
		return (EAttribute)connectionEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOtherLine() {
		return otherLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRepair() {
		return repairEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepair_Kind() {
		return (EAttribute)repairEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepair_FirstLine() {
		return (EAttribute)repairEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepair_LastLine() {
		return (EAttribute)repairEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepair_Description() {
		return (EAttribute)repairEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImportProblem() {
		return importProblemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportProblem_Line() {
		return (EAttribute)importProblemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportProblem_Message() {
		return (EAttribute)importProblemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagnosis() {
		return diagnosisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagnosis_Trace() {
		return (EReference)diagnosisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagnosis_Findings() {
		return (EReference)diagnosisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagnosis_RuleFailures() {
		return (EReference)diagnosisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinding() {
		return findingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_RuleId() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_ErrorCode() {
		return (EReference)findingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Cause() {
		return (EReference)findingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Category() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Confidence() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Summary() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Determined() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Evidence() {
		return (EReference)findingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_FirstLine() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_LastLine() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Text() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidence_Event() {
		return (EReference)evidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleFailure() {
		return ruleFailureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleFailure_RuleId() {
		return (EAttribute)ruleFailureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleFailure_Contributor() {
		return (EAttribute)ruleFailureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleFailure_Message() {
		return (EAttribute)ruleFailureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReplyCodeKind() {
		return replyCodeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReplyTextKind() {
		return replyTextKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFamily() {
		return familyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCauseCategory() {
		return causeCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProtocol() {
		return protocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTlsState() {
		return tlsStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectionEventKind() {
		return connectionEventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRepairKind() {
		return repairKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MailscopeFactory getMailscopeFactory() {
		return (MailscopeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		catalogEClass = createEClass(CATALOG);
		createEAttribute(catalogEClass, CATALOG__NAME);
		createEAttribute(catalogEClass, CATALOG__VERSION);
		createEReference(catalogEClass, CATALOG__CODES);
		createEReference(catalogEClass, CATALOG__REPLIES);
		createEReference(catalogEClass, CATALOG__KNOWLEDGE);

		errorCodeEClass = createEClass(ERROR_CODE);
		createEAttribute(errorCodeEClass, ERROR_CODE__VALUE);
		createEAttribute(errorCodeEClass, ERROR_CODE__SYMBOL);
		createEAttribute(errorCodeEClass, ERROR_CODE__FAMILY);
		createEAttribute(errorCodeEClass, ERROR_CODE__TITLE);
		createEAttribute(errorCodeEClass, ERROR_CODE__MEANING);
		createEAttribute(errorCodeEClass, ERROR_CODE__CLIENT_MESSAGE);
		createEAttribute(errorCodeEClass, ERROR_CODE__TRACE_SIGNAL);
		createEAttribute(errorCodeEClass, ERROR_CODE__SUCCESS);
		createEAttribute(errorCodeEClass, ERROR_CODE__SOURCE);
		createEReference(errorCodeEClass, ERROR_CODE__CAUSES);
		createEReference(errorCodeEClass, ERROR_CODE__REPLIES);

		causeEClass = createEClass(CAUSE);
		createEAttribute(causeEClass, CAUSE__ID);
		createEAttribute(causeEClass, CAUSE__CATEGORY);
		createEAttribute(causeEClass, CAUSE__TITLE);
		createEAttribute(causeEClass, CAUSE__DESCRIPTION);
		createEAttribute(causeEClass, CAUSE__CHECKS);
		createEAttribute(causeEClass, CAUSE__USER_REMEDIES);
		createEAttribute(causeEClass, CAUSE__ADMIN_REMEDIES);
		createEReference(causeEClass, CAUSE__ERROR_CODE);

		protocolReplyEClass = createEClass(PROTOCOL_REPLY);
		createEAttribute(protocolReplyEClass, PROTOCOL_REPLY__PROTOCOL);
		createEAttribute(protocolReplyEClass, PROTOCOL_REPLY__REPLY);
		createEAttribute(protocolReplyEClass, PROTOCOL_REPLY__MEANING);
		createEAttribute(protocolReplyEClass, PROTOCOL_REPLY__CLIENT_MAPPING);
		createEReference(protocolReplyEClass, PROTOCOL_REPLY__ERROR_CODES);

		replyKnowledgeEClass = createEClass(REPLY_KNOWLEDGE);
		createEAttribute(replyKnowledgeEClass, REPLY_KNOWLEDGE__ID);
		createEAttribute(replyKnowledgeEClass, REPLY_KNOWLEDGE__CAUSE_ID);
		createEAttribute(replyKnowledgeEClass, REPLY_KNOWLEDGE__CONFIDENCE);
		createEAttribute(replyKnowledgeEClass, REPLY_KNOWLEDGE__WHY);
		createEAttribute(replyKnowledgeEClass, REPLY_KNOWLEDGE__FIX);
		createEAttribute(replyKnowledgeEClass, REPLY_KNOWLEDGE__SOURCE);

		replyCodeEClass = createEClass(REPLY_CODE);
		createEAttribute(replyCodeEClass, REPLY_CODE__PROTOCOL);
		createEAttribute(replyCodeEClass, REPLY_CODE__KIND);
		createEAttribute(replyCodeEClass, REPLY_CODE__CODE);
		createEAttribute(replyCodeEClass, REPLY_CODE__TITLE);

		replyTextEClass = createEClass(REPLY_TEXT);
		createEAttribute(replyTextEClass, REPLY_TEXT__KIND);
		createEAttribute(replyTextEClass, REPLY_TEXT__PHRASES);
		createEAttribute(replyTextEClass, REPLY_TEXT__PATTERN);
		createEAttribute(replyTextEClass, REPLY_TEXT__PRODUCT);
		createEAttribute(replyTextEClass, REPLY_TEXT__PRODUCT_KIND);

		traceEClass = createEClass(TRACE);
		createEAttribute(traceEClass, TRACE__SOURCE);
		createEAttribute(traceEClass, TRACE__FORMAT_ID);
		createEAttribute(traceEClass, TRACE__FORMAT_NAME);
		createEAttribute(traceEClass, TRACE__LINE_COUNT);
		createEAttribute(traceEClass, TRACE__BYTE_COUNT);
		createEReference(traceEClass, TRACE__SESSIONS);
		createEReference(traceEClass, TRACE__STATUS_EVENTS);
		createEReference(traceEClass, TRACE__OTHER_LINES);
		createEAttribute(traceEClass, TRACE__OTHER_LINE_COUNT);
		createEReference(traceEClass, TRACE__REPAIRS);
		createEReference(traceEClass, TRACE__PROBLEMS);

		sessionEClass = createEClass(SESSION);
		createEAttribute(sessionEClass, SESSION__PROTOCOL);
		createEAttribute(sessionEClass, SESSION__HOST);
		createEAttribute(sessionEClass, SESSION__PORT);
		createEAttribute(sessionEClass, SESSION__CLIENT_PRODUCT);
		createEAttribute(sessionEClass, SESSION__TLS);
		createEAttribute(sessionEClass, SESSION__CONTEXT_ID);
		createEReference(sessionEClass, SESSION__EXCHANGES);
		createEReference(sessionEClass, SESSION__CONNECTION_EVENTS);
		createEAttribute(sessionEClass, SESSION__EXCHANGE_COUNT);
		createEReference(sessionEClass, SESSION__TRACE);

		exchangeEClass = createEClass(EXCHANGE);
		createEReference(exchangeEClass, EXCHANGE__COMMAND);
		createEReference(exchangeEClass, EXCHANGE__REPLY_LINES);
		createEAttribute(exchangeEClass, EXCHANGE__VERB);
		createEAttribute(exchangeEClass, EXCHANGE__TAG);
		createEAttribute(exchangeEClass, EXCHANGE__COMPLETE);
		createEReference(exchangeEClass, EXCHANGE__SESSION);

		traceEventEClass = createEClass(TRACE_EVENT);
		createEAttribute(traceEventEClass, TRACE_EVENT__FIRST_LINE);
		createEAttribute(traceEventEClass, TRACE_EVENT__LAST_LINE);
		createEAttribute(traceEventEClass, TRACE_EVENT__OFFSET);
		createEAttribute(traceEventEClass, TRACE_EVENT__TIME);
		createEAttribute(traceEventEClass, TRACE_EVENT__TEXT);

		protocolLineEClass = createEClass(PROTOCOL_LINE);
		createEAttribute(protocolLineEClass, PROTOCOL_LINE__DIRECTION);
		createEAttribute(protocolLineEClass, PROTOCOL_LINE__MASKED);

		statusEventEClass = createEClass(STATUS_EVENT);
		createEAttribute(statusEventEClass, STATUS_EVENT__VALUE);
		createEReference(statusEventEClass, STATUS_EVENT__ERROR_CODE);
		createEReference(statusEventEClass, STATUS_EVENT__SESSION);

		connectionEventEClass = createEClass(CONNECTION_EVENT);
		createEAttribute(connectionEventEClass, CONNECTION_EVENT__KIND);

		otherLineEClass = createEClass(OTHER_LINE);

		repairEClass = createEClass(REPAIR);
		createEAttribute(repairEClass, REPAIR__KIND);
		createEAttribute(repairEClass, REPAIR__FIRST_LINE);
		createEAttribute(repairEClass, REPAIR__LAST_LINE);
		createEAttribute(repairEClass, REPAIR__DESCRIPTION);

		importProblemEClass = createEClass(IMPORT_PROBLEM);
		createEAttribute(importProblemEClass, IMPORT_PROBLEM__LINE);
		createEAttribute(importProblemEClass, IMPORT_PROBLEM__MESSAGE);

		diagnosisEClass = createEClass(DIAGNOSIS);
		createEReference(diagnosisEClass, DIAGNOSIS__TRACE);
		createEReference(diagnosisEClass, DIAGNOSIS__FINDINGS);
		createEReference(diagnosisEClass, DIAGNOSIS__RULE_FAILURES);

		findingEClass = createEClass(FINDING);
		createEAttribute(findingEClass, FINDING__RULE_ID);
		createEReference(findingEClass, FINDING__ERROR_CODE);
		createEReference(findingEClass, FINDING__CAUSE);
		createEAttribute(findingEClass, FINDING__CATEGORY);
		createEAttribute(findingEClass, FINDING__CONFIDENCE);
		createEAttribute(findingEClass, FINDING__SUMMARY);
		createEAttribute(findingEClass, FINDING__DETERMINED);
		createEReference(findingEClass, FINDING__EVIDENCE);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__FIRST_LINE);
		createEAttribute(evidenceEClass, EVIDENCE__LAST_LINE);
		createEAttribute(evidenceEClass, EVIDENCE__TEXT);
		createEReference(evidenceEClass, EVIDENCE__EVENT);

		ruleFailureEClass = createEClass(RULE_FAILURE);
		createEAttribute(ruleFailureEClass, RULE_FAILURE__RULE_ID);
		createEAttribute(ruleFailureEClass, RULE_FAILURE__CONTRIBUTOR);
		createEAttribute(ruleFailureEClass, RULE_FAILURE__MESSAGE);

		// Create enums
		replyCodeKindEEnum = createEEnum(REPLY_CODE_KIND);
		replyTextKindEEnum = createEEnum(REPLY_TEXT_KIND);
		familyEEnum = createEEnum(FAMILY);
		causeCategoryEEnum = createEEnum(CAUSE_CATEGORY);
		protocolEEnum = createEEnum(PROTOCOL);
		directionEEnum = createEEnum(DIRECTION);
		tlsStateEEnum = createEEnum(TLS_STATE);
		connectionEventKindEEnum = createEEnum(CONNECTION_EVENT_KIND);
		repairKindEEnum = createEEnum(REPAIR_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		replyCodeEClass.getESuperTypes().add(this.getReplyKnowledge());
		replyTextEClass.getESuperTypes().add(this.getReplyKnowledge());
		protocolLineEClass.getESuperTypes().add(this.getTraceEvent());
		statusEventEClass.getESuperTypes().add(this.getTraceEvent());
		connectionEventEClass.getESuperTypes().add(this.getTraceEvent());
		otherLineEClass.getESuperTypes().add(this.getTraceEvent());

		// Initialize classes and features; add operations and parameters
		initEClass(catalogEClass, Catalog.class, "Catalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCatalog_Name(), ecorePackage.getEString(), "name", null, 0, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalog_Version(), ecorePackage.getEString(), "version", null, 0, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Codes(), this.getErrorCode(), null, "codes", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Replies(), this.getProtocolReply(), null, "replies", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Knowledge(), this.getReplyKnowledge(), null, "knowledge", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(errorCodeEClass, ErrorCode.class, "ErrorCode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getErrorCode_Value(), ecorePackage.getEInt(), "value", null, 1, 1, ErrorCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorCode_Symbol(), ecorePackage.getEString(), "symbol", null, 0, 1, ErrorCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorCode_Family(), this.getFamily(), "family", null, 1, 1, ErrorCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorCode_Title(), ecorePackage.getEString(), "title", null, 0, 1, ErrorCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorCode_Meaning(), ecorePackage.getEString(), "meaning", null, 0, 1, ErrorCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorCode_ClientMessage(), ecorePackage.getEString(), "clientMessage", null, 0, 1, ErrorCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorCode_TraceSignal(), ecorePackage.getEString(), "traceSignal", null, 0, 1, ErrorCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorCode_Success(), ecorePackage.getEBoolean(), "success", null, 0, 1, ErrorCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorCode_Source(), ecorePackage.getEString(), "source", null, 0, 1, ErrorCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getErrorCode_Causes(), this.getCause(), this.getCause_ErrorCode(), "causes", null, 0, -1, ErrorCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getErrorCode_Replies(), this.getProtocolReply(), this.getProtocolReply_ErrorCodes(), "replies", null, 0, -1, ErrorCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(causeEClass, Cause.class, "Cause", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCause_Id(), ecorePackage.getEString(), "id", null, 1, 1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCause_Category(), this.getCauseCategory(), "category", null, 1, 1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCause_Title(), ecorePackage.getEString(), "title", null, 0, 1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCause_Description(), ecorePackage.getEString(), "description", null, 0, 1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCause_Checks(), ecorePackage.getEString(), "checks", null, 0, -1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCause_UserRemedies(), ecorePackage.getEString(), "userRemedies", null, 0, -1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCause_AdminRemedies(), ecorePackage.getEString(), "adminRemedies", null, 0, -1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCause_ErrorCode(), this.getErrorCode(), this.getErrorCode_Causes(), "errorCode", null, 0, 1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(protocolReplyEClass, ProtocolReply.class, "ProtocolReply", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProtocolReply_Protocol(), this.getProtocol(), "protocol", null, 1, 1, ProtocolReply.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolReply_Reply(), ecorePackage.getEString(), "reply", null, 1, 1, ProtocolReply.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolReply_Meaning(), ecorePackage.getEString(), "meaning", null, 0, 1, ProtocolReply.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolReply_ClientMapping(), ecorePackage.getEString(), "clientMapping", null, 0, 1, ProtocolReply.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProtocolReply_ErrorCodes(), this.getErrorCode(), this.getErrorCode_Replies(), "errorCodes", null, 0, -1, ProtocolReply.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(replyKnowledgeEClass, ReplyKnowledge.class, "ReplyKnowledge", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReplyKnowledge_Id(), ecorePackage.getEString(), "id", null, 1, 1, ReplyKnowledge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyKnowledge_CauseId(), ecorePackage.getEString(), "causeId", null, 0, 1, ReplyKnowledge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyKnowledge_Confidence(), ecorePackage.getEDouble(), "confidence", null, 0, 1, ReplyKnowledge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyKnowledge_Why(), ecorePackage.getEString(), "why", null, 1, 1, ReplyKnowledge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyKnowledge_Fix(), ecorePackage.getEString(), "fix", null, 0, 1, ReplyKnowledge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyKnowledge_Source(), ecorePackage.getEString(), "source", null, 0, 1, ReplyKnowledge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(replyCodeEClass, ReplyCode.class, "ReplyCode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReplyCode_Protocol(), this.getProtocol(), "protocol", null, 1, 1, ReplyCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyCode_Kind(), this.getReplyCodeKind(), "kind", null, 1, 1, ReplyCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyCode_Code(), ecorePackage.getEString(), "code", null, 1, 1, ReplyCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyCode_Title(), ecorePackage.getEString(), "title", null, 0, 1, ReplyCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(replyTextEClass, ReplyText.class, "ReplyText", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReplyText_Kind(), this.getReplyTextKind(), "kind", null, 1, 1, ReplyText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyText_Phrases(), ecorePackage.getEString(), "phrases", null, 1, -1, ReplyText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyText_Pattern(), ecorePackage.getEString(), "pattern", null, 0, 1, ReplyText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyText_Product(), ecorePackage.getEString(), "product", null, 0, 1, ReplyText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReplyText_ProductKind(), ecorePackage.getEString(), "productKind", null, 0, 1, ReplyText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(traceEClass, Trace.class, "Trace", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrace_Source(), ecorePackage.getEString(), "source", null, 0, 1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrace_FormatId(), ecorePackage.getEString(), "formatId", null, 0, 1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrace_FormatName(), ecorePackage.getEString(), "formatName", null, 0, 1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrace_LineCount(), ecorePackage.getEInt(), "lineCount", null, 0, 1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrace_ByteCount(), ecorePackage.getELong(), "byteCount", null, 0, 1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrace_Sessions(), this.getSession(), this.getSession_Trace(), "sessions", null, 0, -1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrace_StatusEvents(), this.getStatusEvent(), null, "statusEvents", null, 0, -1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrace_OtherLines(), this.getOtherLine(), null, "otherLines", null, 0, -1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrace_OtherLineCount(), ecorePackage.getEInt(), "otherLineCount", null, 0, 1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrace_Repairs(), this.getRepair(), null, "repairs", null, 0, -1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrace_Problems(), this.getImportProblem(), null, "problems", null, 0, -1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sessionEClass, Session.class, "Session", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSession_Protocol(), this.getProtocol(), "protocol", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_Host(), ecorePackage.getEString(), "host", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_Port(), ecorePackage.getEInt(), "port", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_ClientProduct(), ecorePackage.getEString(), "clientProduct", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_Tls(), this.getTlsState(), "tls", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_ContextId(), ecorePackage.getEString(), "contextId", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Exchanges(), this.getExchange(), this.getExchange_Session(), "exchanges", null, 0, -1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_ConnectionEvents(), this.getConnectionEvent(), null, "connectionEvents", null, 0, -1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_ExchangeCount(), ecorePackage.getEInt(), "exchangeCount", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Trace(), this.getTrace(), this.getTrace_Sessions(), "trace", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(exchangeEClass, Exchange.class, "Exchange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExchange_Command(), this.getProtocolLine(), null, "command", null, 0, 1, Exchange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExchange_ReplyLines(), this.getProtocolLine(), null, "replyLines", null, 0, -1, Exchange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExchange_Verb(), ecorePackage.getEString(), "verb", null, 0, 1, Exchange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExchange_Tag(), ecorePackage.getEString(), "tag", null, 0, 1, Exchange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExchange_Complete(), ecorePackage.getEBoolean(), "complete", null, 0, 1, Exchange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExchange_Session(), this.getSession(), this.getSession_Exchanges(), "session", null, 0, 1, Exchange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(traceEventEClass, TraceEvent.class, "TraceEvent", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTraceEvent_FirstLine(), ecorePackage.getEInt(), "firstLine", null, 0, 1, TraceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEvent_LastLine(), ecorePackage.getEInt(), "lastLine", null, 0, 1, TraceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEvent_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, TraceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEvent_Time(), ecorePackage.getEString(), "time", null, 0, 1, TraceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEvent_Text(), ecorePackage.getEString(), "text", null, 0, 1, TraceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(protocolLineEClass, ProtocolLine.class, "ProtocolLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProtocolLine_Direction(), this.getDirection(), "direction", null, 0, 1, ProtocolLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolLine_Masked(), ecorePackage.getEBoolean(), "masked", null, 0, 1, ProtocolLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statusEventEClass, StatusEvent.class, "StatusEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatusEvent_Value(), ecorePackage.getEInt(), "value", null, 0, 1, StatusEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStatusEvent_ErrorCode(), this.getErrorCode(), null, "errorCode", null, 0, 1, StatusEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStatusEvent_Session(), this.getSession(), null, "session", null, 0, 1, StatusEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectionEventEClass, ConnectionEvent.class, "ConnectionEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConnectionEvent_Kind(), this.getConnectionEventKind(), "kind", null, 0, 1, ConnectionEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(otherLineEClass, OtherLine.class, "OtherLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(repairEClass, Repair.class, "Repair", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRepair_Kind(), this.getRepairKind(), "kind", null, 0, 1, Repair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepair_FirstLine(), ecorePackage.getEInt(), "firstLine", null, 0, 1, Repair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepair_LastLine(), ecorePackage.getEInt(), "lastLine", null, 0, 1, Repair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepair_Description(), ecorePackage.getEString(), "description", null, 0, 1, Repair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(importProblemEClass, ImportProblem.class, "ImportProblem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImportProblem_Line(), ecorePackage.getEInt(), "line", null, 0, 1, ImportProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportProblem_Message(), ecorePackage.getEString(), "message", null, 0, 1, ImportProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagnosisEClass, Diagnosis.class, "Diagnosis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDiagnosis_Trace(), this.getTrace(), null, "trace", null, 0, 1, Diagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagnosis_Findings(), this.getFinding(), null, "findings", null, 0, -1, Diagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagnosis_RuleFailures(), this.getRuleFailure(), null, "ruleFailures", null, 0, -1, Diagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(findingEClass, Finding.class, "Finding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinding_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_ErrorCode(), this.getErrorCode(), null, "errorCode", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Cause(), this.getCause(), null, "cause", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Category(), this.getCauseCategory(), "category", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Confidence(), ecorePackage.getEDouble(), "confidence", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Determined(), ecorePackage.getEBoolean(), "determined", "true", 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceEClass, Evidence.class, "Evidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidence_FirstLine(), ecorePackage.getEInt(), "firstLine", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_LastLine(), ecorePackage.getEInt(), "lastLine", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Text(), ecorePackage.getEString(), "text", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvidence_Event(), this.getTraceEvent(), null, "event", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ruleFailureEClass, RuleFailure.class, "RuleFailure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRuleFailure_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, RuleFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleFailure_Contributor(), ecorePackage.getEString(), "contributor", null, 0, 1, RuleFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleFailure_Message(), ecorePackage.getEString(), "message", null, 0, 1, RuleFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(replyCodeKindEEnum, ReplyCodeKind.class, "ReplyCodeKind");
		addEEnumLiteral(replyCodeKindEEnum, ReplyCodeKind.ENHANCED_STATUS);
		addEEnumLiteral(replyCodeKindEEnum, ReplyCodeKind.BASIC_STATUS);
		addEEnumLiteral(replyCodeKindEEnum, ReplyCodeKind.RESPONSE_CODE);

		initEEnum(replyTextKindEEnum, ReplyTextKind.class, "ReplyTextKind");
		addEEnumLiteral(replyTextKindEEnum, ReplyTextKind.SERVER_REPLY);
		addEEnumLiteral(replyTextKindEEnum, ReplyTextKind.ERROR_TEXT);
		addEEnumLiteral(replyTextKindEEnum, ReplyTextKind.BANNER);
		addEEnumLiteral(replyTextKindEEnum, ReplyTextKind.CERTIFICATE_ISSUER);
		addEEnumLiteral(replyTextKindEEnum, ReplyTextKind.BLOCKED_PORT);
		addEEnumLiteral(replyTextKindEEnum, ReplyTextKind.PROVIDER_AUTHENTICATION);
		addEEnumLiteral(replyTextKindEEnum, ReplyTextKind.OAUTH_ERROR);

		initEEnum(familyEEnum, Family.class, "Family");
		addEEnumLiteral(familyEEnum, Family.GENERAL);
		addEEnumLiteral(familyEEnum, Family.CONNECTION);
		addEEnumLiteral(familyEEnum, Family.SMTP);
		addEEnumLiteral(familyEEnum, Family.POP3);
		addEEnumLiteral(familyEEnum, Family.IMAP);
		addEEnumLiteral(familyEEnum, Family.NNTP);
		addEEnumLiteral(familyEEnum, Family.HTTPMAIL);
		addEEnumLiteral(familyEEnum, Family.RAS);
		addEEnumLiteral(familyEEnum, Family.OUTLOOK);

		initEEnum(causeCategoryEEnum, CauseCategory.class, "CauseCategory");
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.AUTH_FAILED);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.AUTH_REQUIRED);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.AUTH_METHOD_MISMATCH);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.TLS_REQUIRED);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.TLS_FAILED);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.CERTIFICATE_REJECTED);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.CONNECTION_REFUSED);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.CONNECTION_DROPPED_AFTER_GREETING);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.CONNECTION_DROPPED_MID_TRANSFER);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.TIMEOUT);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.SERVER_BUSY);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.MAILBOX_IN_USE);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.RELAY_DENIED);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.SENDER_REJECTED);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.RECIPIENT_REJECTED);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.MESSAGE_REJECTED);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.QUOTA_EXCEEDED);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.PROTOCOL_VIOLATION);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.SERVER_BUG);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.WRONG_PORT_OR_SECURITY);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.DNS_FAILURE);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.NETWORK_INTERFERENCE);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.CLIENT_CONFIGURATION);
		addEEnumLiteral(causeCategoryEEnum, CauseCategory.UNKNOWN);

		initEEnum(protocolEEnum, Protocol.class, "Protocol");
		addEEnumLiteral(protocolEEnum, Protocol.UNKNOWN);
		addEEnumLiteral(protocolEEnum, Protocol.SMTP);
		addEEnumLiteral(protocolEEnum, Protocol.POP3);
		addEEnumLiteral(protocolEEnum, Protocol.IMAP);
		addEEnumLiteral(protocolEEnum, Protocol.NNTP);
		addEEnumLiteral(protocolEEnum, Protocol.HTTPMAIL);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.CLIENT);
		addEEnumLiteral(directionEEnum, Direction.SERVER);

		initEEnum(tlsStateEEnum, TlsState.class, "TlsState");
		addEEnumLiteral(tlsStateEEnum, TlsState.NONE);
		addEEnumLiteral(tlsStateEEnum, TlsState.STARTTLS);
		addEEnumLiteral(tlsStateEEnum, TlsState.IMPLICIT);
		addEEnumLiteral(tlsStateEEnum, TlsState.FAILED);

		initEEnum(connectionEventKindEEnum, ConnectionEventKind.class, "ConnectionEventKind");
		addEEnumLiteral(connectionEventKindEEnum, ConnectionEventKind.CONNECTING);
		addEEnumLiteral(connectionEventKindEEnum, ConnectionEventKind.CONNECTED);
		addEEnumLiteral(connectionEventKindEEnum, ConnectionEventKind.REFUSED);
		addEEnumLiteral(connectionEventKindEEnum, ConnectionEventKind.TIMEOUT);
		addEEnumLiteral(connectionEventKindEEnum, ConnectionEventKind.CLOSED_BY_SERVER);
		addEEnumLiteral(connectionEventKindEEnum, ConnectionEventKind.CLOSED_BY_CLIENT);
		addEEnumLiteral(connectionEventKindEEnum, ConnectionEventKind.TLS_STARTED);
		addEEnumLiteral(connectionEventKindEEnum, ConnectionEventKind.TLS_FAILED);
		addEEnumLiteral(connectionEventKindEEnum, ConnectionEventKind.DNS_FAILED);

		initEEnum(repairKindEEnum, RepairKind.class, "RepairKind");
		addEEnumLiteral(repairKindEEnum, RepairKind.JOINED_WRAPPED_LINE);
		addEEnumLiteral(repairKindEEnum, RepairKind.SEPARATED_INTERLEAVED_ENTRY);
		addEEnumLiteral(repairKindEEnum, RepairKind.PAIRED_DISTANT_REPLY);
		addEEnumLiteral(repairKindEEnum, RepairKind.MASKED_SECRET);
		addEEnumLiteral(repairKindEEnum, RepairKind.REPLACED_INVALID_BYTES);
		addEEnumLiteral(repairKindEEnum, RepairKind.TRUNCATED_LONG_LINE);

		// Create resource
		createResource(eNS_URI);
	}

} //MailscopePackageImpl
