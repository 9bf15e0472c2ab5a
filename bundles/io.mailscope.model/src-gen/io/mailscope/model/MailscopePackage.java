/**
 */
package io.mailscope.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Mailscope's data: the error-code catalog (codes, causes, protocol replies), the trace rebuilt from a client log or a live session, and the findings of a diagnosis.
 * <!-- end-model-doc -->
 * @see io.mailscope.model.MailscopeFactory
 * @model kind="package"
 * @generated
 */
public interface MailscopePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://mailscope.io/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mailscope";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MailscopePackage eINSTANCE = io.mailscope.model.impl.MailscopePackageImpl.init();

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.CatalogImpl <em>Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.CatalogImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getCatalog()
	 * @generated
	 */
	int CATALOG = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__CODES = 2;

	/**
	 * The feature id for the '<em><b>Replies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__REPLIES = 3;

	/**
	 * The feature id for the '<em><b>Knowledge</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__KNOWLEDGE = 4;

	/**
	 * The number of structural features of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.ErrorCodeImpl <em>Error Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.ErrorCodeImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getErrorCode()
	 * @generated
	 */
	int ERROR_CODE = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE__SYMBOL = 1;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE__FAMILY = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE__MEANING = 4;

	/**
	 * The feature id for the '<em><b>Client Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE__CLIENT_MESSAGE = 5;

	/**
	 * The feature id for the '<em><b>Trace Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE__TRACE_SIGNAL = 6;

	/**
	 * The feature id for the '<em><b>Success</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE__SUCCESS = 7;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE__SOURCE = 8;

	/**
	 * The feature id for the '<em><b>Causes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE__CAUSES = 9;

	/**
	 * The feature id for the '<em><b>Replies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE__REPLIES = 10;

	/**
	 * The number of structural features of the '<em>Error Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_CODE_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.CauseImpl <em>Cause</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.CauseImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getCause()
	 * @generated
	 */
	int CAUSE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__ID = 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Checks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__CHECKS = 4;

	/**
	 * The feature id for the '<em><b>User Remedies</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__USER_REMEDIES = 5;

	/**
	 * The feature id for the '<em><b>Admin Remedies</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__ADMIN_REMEDIES = 6;

	/**
	 * The feature id for the '<em><b>Error Code</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__ERROR_CODE = 7;

	/**
	 * The number of structural features of the '<em>Cause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.ProtocolReplyImpl <em>Protocol Reply</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.ProtocolReplyImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getProtocolReply()
	 * @generated
	 */
	int PROTOCOL_REPLY = 3;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_REPLY__PROTOCOL = 0;

	/**
	 * The feature id for the '<em><b>Reply</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_REPLY__REPLY = 1;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_REPLY__MEANING = 2;

	/**
	 * The feature id for the '<em><b>Client Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_REPLY__CLIENT_MAPPING = 3;

	/**
	 * The feature id for the '<em><b>Error Codes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_REPLY__ERROR_CODES = 4;

	/**
	 * The number of structural features of the '<em>Protocol Reply</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_REPLY_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.ReplyKnowledgeImpl <em>Reply Knowledge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.ReplyKnowledgeImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getReplyKnowledge()
	 * @generated
	 */
	int REPLY_KNOWLEDGE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_KNOWLEDGE__ID = 0;

	/**
	 * The feature id for the '<em><b>Cause Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_KNOWLEDGE__CAUSE_ID = 1;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_KNOWLEDGE__CONFIDENCE = 2;

	/**
	 * The feature id for the '<em><b>Why</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_KNOWLEDGE__WHY = 3;

	/**
	 * The feature id for the '<em><b>Fix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_KNOWLEDGE__FIX = 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_KNOWLEDGE__SOURCE = 5;

	/**
	 * The number of structural features of the '<em>Reply Knowledge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_KNOWLEDGE_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.ReplyCodeImpl <em>Reply Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.ReplyCodeImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getReplyCode()
	 * @generated
	 */
	int REPLY_CODE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_CODE__ID = REPLY_KNOWLEDGE__ID;

	/**
	 * The feature id for the '<em><b>Cause Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_CODE__CAUSE_ID = REPLY_KNOWLEDGE__CAUSE_ID;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_CODE__CONFIDENCE = REPLY_KNOWLEDGE__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Why</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_CODE__WHY = REPLY_KNOWLEDGE__WHY;

	/**
	 * The feature id for the '<em><b>Fix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_CODE__FIX = REPLY_KNOWLEDGE__FIX;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_CODE__SOURCE = REPLY_KNOWLEDGE__SOURCE;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_CODE__PROTOCOL = REPLY_KNOWLEDGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_CODE__KIND = REPLY_KNOWLEDGE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_CODE__CODE = REPLY_KNOWLEDGE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_CODE__TITLE = REPLY_KNOWLEDGE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Reply Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_CODE_FEATURE_COUNT = REPLY_KNOWLEDGE_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.ReplyTextImpl <em>Reply Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.ReplyTextImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getReplyText()
	 * @generated
	 */
	int REPLY_TEXT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT__ID = REPLY_KNOWLEDGE__ID;

	/**
	 * The feature id for the '<em><b>Cause Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT__CAUSE_ID = REPLY_KNOWLEDGE__CAUSE_ID;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT__CONFIDENCE = REPLY_KNOWLEDGE__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Why</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT__WHY = REPLY_KNOWLEDGE__WHY;

	/**
	 * The feature id for the '<em><b>Fix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT__FIX = REPLY_KNOWLEDGE__FIX;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT__SOURCE = REPLY_KNOWLEDGE__SOURCE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT__KIND = REPLY_KNOWLEDGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Phrases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT__PHRASES = REPLY_KNOWLEDGE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT__PATTERN = REPLY_KNOWLEDGE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT__PRODUCT = REPLY_KNOWLEDGE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Product Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT__PRODUCT_KIND = REPLY_KNOWLEDGE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Reply Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEXT_FEATURE_COUNT = REPLY_KNOWLEDGE_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.TraceImpl <em>Trace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.TraceImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getTrace()
	 * @generated
	 */
	int TRACE = 7;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Format Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__FORMAT_ID = 1;

	/**
	 * The feature id for the '<em><b>Format Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__FORMAT_NAME = 2;

	/**
	 * The feature id for the '<em><b>Line Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__LINE_COUNT = 3;

	/**
	 * The feature id for the '<em><b>Byte Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__BYTE_COUNT = 4;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__SESSIONS = 5;

	/**
	 * The feature id for the '<em><b>Status Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__STATUS_EVENTS = 6;

	/**
	 * The feature id for the '<em><b>Other Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__OTHER_LINES = 7;

	/**
	 * The feature id for the '<em><b>Other Line Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__OTHER_LINE_COUNT = 8;

	/**
	 * The feature id for the '<em><b>Repairs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__REPAIRS = 9;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__PROBLEMS = 10;

	/**
	 * The number of structural features of the '<em>Trace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.SessionImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 8;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PROTOCOL = 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__HOST = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PORT = 2;

	/**
	 * The feature id for the '<em><b>Client Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CLIENT_PRODUCT = 3;

	/**
	 * The feature id for the '<em><b>Tls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__TLS = 4;

	/**
	 * The feature id for the '<em><b>Context Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CONTEXT_ID = 5;

	/**
	 * The feature id for the '<em><b>Exchanges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__EXCHANGES = 6;

	/**
	 * The feature id for the '<em><b>Connection Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CONNECTION_EVENTS = 7;

	/**
	 * The feature id for the '<em><b>Exchange Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__EXCHANGE_COUNT = 8;

	/**
	 * The feature id for the '<em><b>Trace</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__TRACE = 9;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.ExchangeImpl <em>Exchange</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.ExchangeImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getExchange()
	 * @generated
	 */
	int EXCHANGE = 9;

	/**
	 * The feature id for the '<em><b>Command</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE__COMMAND = 0;

	/**
	 * The feature id for the '<em><b>Reply Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE__REPLY_LINES = 1;

	/**
	 * The feature id for the '<em><b>Verb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE__VERB = 2;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE__TAG = 3;

	/**
	 * The feature id for the '<em><b>Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE__COMPLETE = 4;

	/**
	 * The feature id for the '<em><b>Session</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE__SESSION = 5;

	/**
	 * The number of structural features of the '<em>Exchange</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.TraceEventImpl <em>Trace Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.TraceEventImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getTraceEvent()
	 * @generated
	 */
	int TRACE_EVENT = 10;

	/**
	 * The feature id for the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT__FIRST_LINE = 0;

	/**
	 * The feature id for the '<em><b>Last Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT__LAST_LINE = 1;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT__OFFSET = 2;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT__TIME = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT__TEXT = 4;

	/**
	 * The number of structural features of the '<em>Trace Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.ProtocolLineImpl <em>Protocol Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.ProtocolLineImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getProtocolLine()
	 * @generated
	 */
	int PROTOCOL_LINE = 11;

	/**
	 * The feature id for the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_LINE__FIRST_LINE = TRACE_EVENT__FIRST_LINE;

	/**
	 * The feature id for the '<em><b>Last Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_LINE__LAST_LINE = TRACE_EVENT__LAST_LINE;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_LINE__OFFSET = TRACE_EVENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_LINE__TIME = TRACE_EVENT__TIME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_LINE__TEXT = TRACE_EVENT__TEXT;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_LINE__DIRECTION = TRACE_EVENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Masked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_LINE__MASKED = TRACE_EVENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Protocol Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_LINE_FEATURE_COUNT = TRACE_EVENT_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.StatusEventImpl <em>Status Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.StatusEventImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getStatusEvent()
	 * @generated
	 */
	int STATUS_EVENT = 12;

	/**
	 * The feature id for the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_EVENT__FIRST_LINE = TRACE_EVENT__FIRST_LINE;

	/**
	 * The feature id for the '<em><b>Last Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_EVENT__LAST_LINE = TRACE_EVENT__LAST_LINE;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_EVENT__OFFSET = TRACE_EVENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_EVENT__TIME = TRACE_EVENT__TIME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_EVENT__TEXT = TRACE_EVENT__TEXT;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_EVENT__VALUE = TRACE_EVENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Error Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_EVENT__ERROR_CODE = TRACE_EVENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Session</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_EVENT__SESSION = TRACE_EVENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Status Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_EVENT_FEATURE_COUNT = TRACE_EVENT_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.ConnectionEventImpl <em>Connection Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.ConnectionEventImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getConnectionEvent()
	 * @generated
	 */
	int CONNECTION_EVENT = 13;

	/**
	 * The feature id for the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_EVENT__FIRST_LINE = TRACE_EVENT__FIRST_LINE;

	/**
	 * The feature id for the '<em><b>Last Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_EVENT__LAST_LINE = TRACE_EVENT__LAST_LINE;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_EVENT__OFFSET = TRACE_EVENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_EVENT__TIME = TRACE_EVENT__TIME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_EVENT__TEXT = TRACE_EVENT__TEXT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_EVENT__KIND = TRACE_EVENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Connection Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_EVENT_FEATURE_COUNT = TRACE_EVENT_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.OtherLineImpl <em>Other Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.OtherLineImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getOtherLine()
	 * @generated
	 */
	int OTHER_LINE = 14;

	/**
	 * The feature id for the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_LINE__FIRST_LINE = TRACE_EVENT__FIRST_LINE;

	/**
	 * The feature id for the '<em><b>Last Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_LINE__LAST_LINE = TRACE_EVENT__LAST_LINE;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_LINE__OFFSET = TRACE_EVENT__OFFSET;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_LINE__TIME = TRACE_EVENT__TIME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_LINE__TEXT = TRACE_EVENT__TEXT;

	/**
	 * The number of structural features of the '<em>Other Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_LINE_FEATURE_COUNT = TRACE_EVENT_FEATURE_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.RepairImpl <em>Repair</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.RepairImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getRepair()
	 * @generated
	 */
	int REPAIR = 15;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR__KIND = 0;

	/**
	 * The feature id for the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR__FIRST_LINE = 1;

	/**
	 * The feature id for the '<em><b>Last Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR__LAST_LINE = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Repair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.ImportProblemImpl <em>Import Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.ImportProblemImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getImportProblem()
	 * @generated
	 */
	int IMPORT_PROBLEM = 16;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_PROBLEM__LINE = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_PROBLEM__MESSAGE = 1;

	/**
	 * The number of structural features of the '<em>Import Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_PROBLEM_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.DiagnosisImpl <em>Diagnosis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.DiagnosisImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getDiagnosis()
	 * @generated
	 */
	int DIAGNOSIS = 17;

	/**
	 * The feature id for the '<em><b>Trace</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__TRACE = 0;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__FINDINGS = 1;

	/**
	 * The feature id for the '<em><b>Rule Failures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__RULE_FAILURES = 2;

	/**
	 * The number of structural features of the '<em>Diagnosis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.FindingImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 18;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RULE_ID = 0;

	/**
	 * The feature id for the '<em><b>Error Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ERROR_CODE = 1;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CAUSE = 2;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CATEGORY = 3;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CONFIDENCE = 4;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SUMMARY = 5;

	/**
	 * The feature id for the '<em><b>Determined</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DETERMINED = 6;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__EVIDENCE = 7;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.EvidenceImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 19;

	/**
	 * The feature id for the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__FIRST_LINE = 0;

	/**
	 * The feature id for the '<em><b>Last Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__LAST_LINE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Event</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__EVENT = 3;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.mailscope.model.impl.RuleFailureImpl <em>Rule Failure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.impl.RuleFailureImpl
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getRuleFailure()
	 * @generated
	 */
	int RULE_FAILURE = 20;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_FAILURE__RULE_ID = 0;

	/**
	 * The feature id for the '<em><b>Contributor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_FAILURE__CONTRIBUTOR = 1;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_FAILURE__MESSAGE = 2;

	/**
	 * The number of structural features of the '<em>Rule Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_FAILURE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.mailscope.model.ReplyCodeKind <em>Reply Code Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.ReplyCodeKind
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getReplyCodeKind()
	 * @generated
	 */
	int REPLY_CODE_KIND = 21;

	/**
	 * The meta object id for the '{@link io.mailscope.model.ReplyTextKind <em>Reply Text Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.ReplyTextKind
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getReplyTextKind()
	 * @generated
	 */
	int REPLY_TEXT_KIND = 22;

	/**
	 * The meta object id for the '{@link io.mailscope.model.Family <em>Family</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.Family
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getFamily()
	 * @generated
	 */
	int FAMILY = 23;

	/**
	 * The meta object id for the '{@link io.mailscope.model.CauseCategory <em>Cause Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.CauseCategory
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getCauseCategory()
	 * @generated
	 */
	int CAUSE_CATEGORY = 24;

	/**
	 * The meta object id for the '{@link io.mailscope.model.Protocol <em>Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.Protocol
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 25;

	/**
	 * The meta object id for the '{@link io.mailscope.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.Direction
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 26;

	/**
	 * The meta object id for the '{@link io.mailscope.model.TlsState <em>Tls State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.TlsState
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getTlsState()
	 * @generated
	 */
	int TLS_STATE = 27;

	/**
	 * The meta object id for the '{@link io.mailscope.model.ConnectionEventKind <em>Connection Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.ConnectionEventKind
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getConnectionEventKind()
	 * @generated
	 */
	int CONNECTION_EVENT_KIND = 28;

	/**
	 * The meta object id for the '{@link io.mailscope.model.RepairKind <em>Repair Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.mailscope.model.RepairKind
	 * @see io.mailscope.model.impl.MailscopePackageImpl#getRepairKind()
	 * @generated
	 */
	int REPAIR_KIND = 29;


	/**
	 * Returns the meta object for class '{@link io.mailscope.model.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog</em>'.
	 * @see io.mailscope.model.Catalog
	 * @generated
	 */
	EClass getCatalog();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Catalog#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.mailscope.model.Catalog#getName()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Catalog#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.mailscope.model.Catalog#getVersion()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Version();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Catalog#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codes</em>'.
	 * @see io.mailscope.model.Catalog#getCodes()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Codes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Catalog#getReplies <em>Replies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Replies</em>'.
	 * @see io.mailscope.model.Catalog#getReplies()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Replies();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Catalog#getKnowledge <em>Knowledge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Knowledge</em>'.
	 * @see io.mailscope.model.Catalog#getKnowledge()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Knowledge();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.ErrorCode <em>Error Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Error Code</em>'.
	 * @see io.mailscope.model.ErrorCode
	 * @generated
	 */
	EClass getErrorCode();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ErrorCode#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.mailscope.model.ErrorCode#getValue()
	 * @see #getErrorCode()
	 * @generated
	 */
	EAttribute getErrorCode_Value();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ErrorCode#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see io.mailscope.model.ErrorCode#getSymbol()
	 * @see #getErrorCode()
	 * @generated
	 */
	EAttribute getErrorCode_Symbol();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ErrorCode#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see io.mailscope.model.ErrorCode#getFamily()
	 * @see #getErrorCode()
	 * @generated
	 */
	EAttribute getErrorCode_Family();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ErrorCode#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.mailscope.model.ErrorCode#getTitle()
	 * @see #getErrorCode()
	 * @generated
	 */
	EAttribute getErrorCode_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ErrorCode#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see io.mailscope.model.ErrorCode#getMeaning()
	 * @see #getErrorCode()
	 * @generated
	 */
	EAttribute getErrorCode_Meaning();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ErrorCode#getClientMessage <em>Client Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Message</em>'.
	 * @see io.mailscope.model.ErrorCode#getClientMessage()
	 * @see #getErrorCode()
	 * @generated
	 */
	EAttribute getErrorCode_ClientMessage();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ErrorCode#getTraceSignal <em>Trace Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trace Signal</em>'.
	 * @see io.mailscope.model.ErrorCode#getTraceSignal()
	 * @see #getErrorCode()
	 * @generated
	 */
	EAttribute getErrorCode_TraceSignal();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ErrorCode#isSuccess <em>Success</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Success</em>'.
	 * @see io.mailscope.model.ErrorCode#isSuccess()
	 * @see #getErrorCode()
	 * @generated
	 */
	EAttribute getErrorCode_Success();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ErrorCode#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see io.mailscope.model.ErrorCode#getSource()
	 * @see #getErrorCode()
	 * @generated
	 */
	EAttribute getErrorCode_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.ErrorCode#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Causes</em>'.
	 * @see io.mailscope.model.ErrorCode#getCauses()
	 * @see #getErrorCode()
	 * @generated
	 */
	EReference getErrorCode_Causes();

	/**
	 * Returns the meta object for the reference list '{@link io.mailscope.model.ErrorCode#getReplies <em>Replies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Replies</em>'.
	 * @see io.mailscope.model.ErrorCode#getReplies()
	 * @see #getErrorCode()
	 * @generated
	 */
	EReference getErrorCode_Replies();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.Cause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cause</em>'.
	 * @see io.mailscope.model.Cause
	 * @generated
	 */
	EClass getCause();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Cause#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.mailscope.model.Cause#getId()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Cause#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see io.mailscope.model.Cause#getCategory()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_Category();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Cause#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.mailscope.model.Cause#getTitle()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Cause#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.mailscope.model.Cause#getDescription()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_Description();

	/**
	 * Returns the meta object for the attribute list '{@link io.mailscope.model.Cause#getChecks <em>Checks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Checks</em>'.
	 * @see io.mailscope.model.Cause#getChecks()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_Checks();

	/**
	 * Returns the meta object for the attribute list '{@link io.mailscope.model.Cause#getUserRemedies <em>User Remedies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>User Remedies</em>'.
	 * @see io.mailscope.model.Cause#getUserRemedies()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_UserRemedies();

	/**
	 * Returns the meta object for the attribute list '{@link io.mailscope.model.Cause#getAdminRemedies <em>Admin Remedies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Admin Remedies</em>'.
	 * @see io.mailscope.model.Cause#getAdminRemedies()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_AdminRemedies();

	/**
	 * Returns the meta object for the container reference '{@link io.mailscope.model.Cause#getErrorCode <em>Error Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Error Code</em>'.
	 * @see io.mailscope.model.Cause#getErrorCode()
	 * @see #getCause()
	 * @generated
	 */
	EReference getCause_ErrorCode();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.ProtocolReply <em>Protocol Reply</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol Reply</em>'.
	 * @see io.mailscope.model.ProtocolReply
	 * @generated
	 */
	EClass getProtocolReply();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ProtocolReply#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.mailscope.model.ProtocolReply#getProtocol()
	 * @see #getProtocolReply()
	 * @generated
	 */
	EAttribute getProtocolReply_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ProtocolReply#getReply <em>Reply</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reply</em>'.
	 * @see io.mailscope.model.ProtocolReply#getReply()
	 * @see #getProtocolReply()
	 * @generated
	 */
	EAttribute getProtocolReply_Reply();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ProtocolReply#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see io.mailscope.model.ProtocolReply#getMeaning()
	 * @see #getProtocolReply()
	 * @generated
	 */
	EAttribute getProtocolReply_Meaning();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ProtocolReply#getClientMapping <em>Client Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Mapping</em>'.
	 * @see io.mailscope.model.ProtocolReply#getClientMapping()
	 * @see #getProtocolReply()
	 * @generated
	 */
	EAttribute getProtocolReply_ClientMapping();

	/**
	 * Returns the meta object for the reference list '{@link io.mailscope.model.ProtocolReply#getErrorCodes <em>Error Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Error Codes</em>'.
	 * @see io.mailscope.model.ProtocolReply#getErrorCodes()
	 * @see #getProtocolReply()
	 * @generated
	 */
	EReference getProtocolReply_ErrorCodes();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.ReplyKnowledge <em>Reply Knowledge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reply Knowledge</em>'.
	 * @see io.mailscope.model.ReplyKnowledge
	 * @generated
	 */
	EClass getReplyKnowledge();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyKnowledge#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.mailscope.model.ReplyKnowledge#getId()
	 * @see #getReplyKnowledge()
	 * @generated
	 */
	EAttribute getReplyKnowledge_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyKnowledge#getCauseId <em>Cause Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause Id</em>'.
	 * @see io.mailscope.model.ReplyKnowledge#getCauseId()
	 * @see #getReplyKnowledge()
	 * @generated
	 */
	EAttribute getReplyKnowledge_CauseId();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyKnowledge#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see io.mailscope.model.ReplyKnowledge#getConfidence()
	 * @see #getReplyKnowledge()
	 * @generated
	 */
	EAttribute getReplyKnowledge_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyKnowledge#getWhy <em>Why</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Why</em>'.
	 * @see io.mailscope.model.ReplyKnowledge#getWhy()
	 * @see #getReplyKnowledge()
	 * @generated
	 */
	EAttribute getReplyKnowledge_Why();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyKnowledge#getFix <em>Fix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fix</em>'.
	 * @see io.mailscope.model.ReplyKnowledge#getFix()
	 * @see #getReplyKnowledge()
	 * @generated
	 */
	EAttribute getReplyKnowledge_Fix();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyKnowledge#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see io.mailscope.model.ReplyKnowledge#getSource()
	 * @see #getReplyKnowledge()
	 * @generated
	 */
	EAttribute getReplyKnowledge_Source();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.ReplyCode <em>Reply Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reply Code</em>'.
	 * @see io.mailscope.model.ReplyCode
	 * @generated
	 */
	EClass getReplyCode();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyCode#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.mailscope.model.ReplyCode#getProtocol()
	 * @see #getReplyCode()
	 * @generated
	 */
	EAttribute getReplyCode_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyCode#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.mailscope.model.ReplyCode#getKind()
	 * @see #getReplyCode()
	 * @generated
	 */
	EAttribute getReplyCode_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyCode#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see io.mailscope.model.ReplyCode#getCode()
	 * @see #getReplyCode()
	 * @generated
	 */
	EAttribute getReplyCode_Code();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyCode#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.mailscope.model.ReplyCode#getTitle()
	 * @see #getReplyCode()
	 * @generated
	 */
	EAttribute getReplyCode_Title();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.ReplyText <em>Reply Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reply Text</em>'.
	 * @see io.mailscope.model.ReplyText
	 * @generated
	 */
	EClass getReplyText();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyText#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.mailscope.model.ReplyText#getKind()
	 * @see #getReplyText()
	 * @generated
	 */
	EAttribute getReplyText_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link io.mailscope.model.ReplyText#getPhrases <em>Phrases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Phrases</em>'.
	 * @see io.mailscope.model.ReplyText#getPhrases()
	 * @see #getReplyText()
	 * @generated
	 */
	EAttribute getReplyText_Phrases();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyText#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see io.mailscope.model.ReplyText#getPattern()
	 * @see #getReplyText()
	 * @generated
	 */
	EAttribute getReplyText_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyText#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product</em>'.
	 * @see io.mailscope.model.ReplyText#getProduct()
	 * @see #getReplyText()
	 * @generated
	 */
	EAttribute getReplyText_Product();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ReplyText#getProductKind <em>Product Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Kind</em>'.
	 * @see io.mailscope.model.ReplyText#getProductKind()
	 * @see #getReplyText()
	 * @generated
	 */
	EAttribute getReplyText_ProductKind();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.Trace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace</em>'.
	 * @see io.mailscope.model.Trace
	 * @generated
	 */
	EClass getTrace();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Trace#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see io.mailscope.model.Trace#getSource()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_Source();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Trace#getFormatId <em>Format Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Id</em>'.
	 * @see io.mailscope.model.Trace#getFormatId()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_FormatId();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Trace#getFormatName <em>Format Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Name</em>'.
	 * @see io.mailscope.model.Trace#getFormatName()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_FormatName();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Trace#getLineCount <em>Line Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Count</em>'.
	 * @see io.mailscope.model.Trace#getLineCount()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_LineCount();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Trace#getByteCount <em>Byte Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Byte Count</em>'.
	 * @see io.mailscope.model.Trace#getByteCount()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_ByteCount();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Trace#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see io.mailscope.model.Trace#getSessions()
	 * @see #getTrace()
	 * @generated
	 */
	EReference getTrace_Sessions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Trace#getStatusEvents <em>Status Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status Events</em>'.
	 * @see io.mailscope.model.Trace#getStatusEvents()
	 * @see #getTrace()
	 * @generated
	 */
	EReference getTrace_StatusEvents();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Trace#getOtherLines <em>Other Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Other Lines</em>'.
	 * @see io.mailscope.model.Trace#getOtherLines()
	 * @see #getTrace()
	 * @generated
	 */
	EReference getTrace_OtherLines();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Trace#getOtherLineCount <em>Other Line Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Line Count</em>'.
	 * @see io.mailscope.model.Trace#getOtherLineCount()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_OtherLineCount();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Trace#getRepairs <em>Repairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Repairs</em>'.
	 * @see io.mailscope.model.Trace#getRepairs()
	 * @see #getTrace()
	 * @generated
	 */
	EReference getTrace_Repairs();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Trace#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see io.mailscope.model.Trace#getProblems()
	 * @see #getTrace()
	 * @generated
	 */
	EReference getTrace_Problems();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see io.mailscope.model.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Session#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.mailscope.model.Session#getProtocol()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Session#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see io.mailscope.model.Session#getHost()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Host();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Session#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.mailscope.model.Session#getPort()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Session#getClientProduct <em>Client Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Product</em>'.
	 * @see io.mailscope.model.Session#getClientProduct()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ClientProduct();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Session#getTls <em>Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls</em>'.
	 * @see io.mailscope.model.Session#getTls()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Tls();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Session#getContextId <em>Context Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context Id</em>'.
	 * @see io.mailscope.model.Session#getContextId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ContextId();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Session#getExchanges <em>Exchanges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exchanges</em>'.
	 * @see io.mailscope.model.Session#getExchanges()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Exchanges();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Session#getConnectionEvents <em>Connection Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connection Events</em>'.
	 * @see io.mailscope.model.Session#getConnectionEvents()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_ConnectionEvents();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Session#getExchangeCount <em>Exchange Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exchange Count</em>'.
	 * @see io.mailscope.model.Session#getExchangeCount()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ExchangeCount();

	/**
	 * Returns the meta object for the container reference '{@link io.mailscope.model.Session#getTrace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Trace</em>'.
	 * @see io.mailscope.model.Session#getTrace()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Trace();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.Exchange <em>Exchange</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exchange</em>'.
	 * @see io.mailscope.model.Exchange
	 * @generated
	 */
	EClass getExchange();

	/**
	 * Returns the meta object for the containment reference '{@link io.mailscope.model.Exchange#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Command</em>'.
	 * @see io.mailscope.model.Exchange#getCommand()
	 * @see #getExchange()
	 * @generated
	 */
	EReference getExchange_Command();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Exchange#getReplyLines <em>Reply Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reply Lines</em>'.
	 * @see io.mailscope.model.Exchange#getReplyLines()
	 * @see #getExchange()
	 * @generated
	 */
	EReference getExchange_ReplyLines();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Exchange#getVerb <em>Verb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verb</em>'.
	 * @see io.mailscope.model.Exchange#getVerb()
	 * @see #getExchange()
	 * @generated
	 */
	EAttribute getExchange_Verb();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Exchange#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see io.mailscope.model.Exchange#getTag()
	 * @see #getExchange()
	 * @generated
	 */
	EAttribute getExchange_Tag();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Exchange#isComplete <em>Complete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complete</em>'.
	 * @see io.mailscope.model.Exchange#isComplete()
	 * @see #getExchange()
	 * @generated
	 */
	EAttribute getExchange_Complete();

	/**
	 * Returns the meta object for the container reference '{@link io.mailscope.model.Exchange#getSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Session</em>'.
	 * @see io.mailscope.model.Exchange#getSession()
	 * @see #getExchange()
	 * @generated
	 */
	EReference getExchange_Session();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.TraceEvent <em>Trace Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace Event</em>'.
	 * @see io.mailscope.model.TraceEvent
	 * @generated
	 */
	EClass getTraceEvent();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.TraceEvent#getFirstLine <em>First Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Line</em>'.
	 * @see io.mailscope.model.TraceEvent#getFirstLine()
	 * @see #getTraceEvent()
	 * @generated
	 */
	EAttribute getTraceEvent_FirstLine();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.TraceEvent#getLastLine <em>Last Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Line</em>'.
	 * @see io.mailscope.model.TraceEvent#getLastLine()
	 * @see #getTraceEvent()
	 * @generated
	 */
	EAttribute getTraceEvent_LastLine();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.TraceEvent#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see io.mailscope.model.TraceEvent#getOffset()
	 * @see #getTraceEvent()
	 * @generated
	 */
	EAttribute getTraceEvent_Offset();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.TraceEvent#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see io.mailscope.model.TraceEvent#getTime()
	 * @see #getTraceEvent()
	 * @generated
	 */
	EAttribute getTraceEvent_Time();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.TraceEvent#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.mailscope.model.TraceEvent#getText()
	 * @see #getTraceEvent()
	 * @generated
	 */
	EAttribute getTraceEvent_Text();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.ProtocolLine <em>Protocol Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol Line</em>'.
	 * @see io.mailscope.model.ProtocolLine
	 * @generated
	 */
	EClass getProtocolLine();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ProtocolLine#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see io.mailscope.model.ProtocolLine#getDirection()
	 * @see #getProtocolLine()
	 * @generated
	 */
	EAttribute getProtocolLine_Direction();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ProtocolLine#isMasked <em>Masked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masked</em>'.
	 * @see io.mailscope.model.ProtocolLine#isMasked()
	 * @see #getProtocolLine()
	 * @generated
	 */
	EAttribute getProtocolLine_Masked();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.StatusEvent <em>Status Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Event</em>'.
	 * @see io.mailscope.model.StatusEvent
	 * @generated
	 */
	EClass getStatusEvent();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.StatusEvent#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.mailscope.model.StatusEvent#getValue()
	 * @see #getStatusEvent()
	 * @generated
	 */
	EAttribute getStatusEvent_Value();

	/**
	 * Returns the meta object for the reference '{@link io.mailscope.model.StatusEvent#getErrorCode <em>Error Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Error Code</em>'.
	 * @see io.mailscope.model.StatusEvent#getErrorCode()
	 * @see #getStatusEvent()
	 * @generated
	 */
	EReference getStatusEvent_ErrorCode();

	/**
	 * Returns the meta object for the reference '{@link io.mailscope.model.StatusEvent#getSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Session</em>'.
	 * @see io.mailscope.model.StatusEvent#getSession()
	 * @see #getStatusEvent()
	 * @generated
	 */
	EReference getStatusEvent_Session();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.ConnectionEvent <em>Connection Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connection Event</em>'.
	 * @see io.mailscope.model.ConnectionEvent
	 * @generated
	 */
	EClass getConnectionEvent();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ConnectionEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.mailscope.model.ConnectionEvent#getKind()
	 * @see #getConnectionEvent()
	 * @generated
	 */
	EAttribute getConnectionEvent_Kind();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.OtherLine <em>Other Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Other Line</em>'.
	 * @see io.mailscope.model.OtherLine
	 * @generated
	 */
	EClass getOtherLine();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.Repair <em>Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Repair</em>'.
	 * @see io.mailscope.model.Repair
	 * @generated
	 */
	EClass getRepair();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Repair#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.mailscope.model.Repair#getKind()
	 * @see #getRepair()
	 * @generated
	 */
	EAttribute getRepair_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Repair#getFirstLine <em>First Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Line</em>'.
	 * @see io.mailscope.model.Repair#getFirstLine()
	 * @see #getRepair()
	 * @generated
	 */
	EAttribute getRepair_FirstLine();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Repair#getLastLine <em>Last Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Line</em>'.
	 * @see io.mailscope.model.Repair#getLastLine()
	 * @see #getRepair()
	 * @generated
	 */
	EAttribute getRepair_LastLine();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Repair#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.mailscope.model.Repair#getDescription()
	 * @see #getRepair()
	 * @generated
	 */
	EAttribute getRepair_Description();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.ImportProblem <em>Import Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import Problem</em>'.
	 * @see io.mailscope.model.ImportProblem
	 * @generated
	 */
	EClass getImportProblem();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ImportProblem#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see io.mailscope.model.ImportProblem#getLine()
	 * @see #getImportProblem()
	 * @generated
	 */
	EAttribute getImportProblem_Line();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.ImportProblem#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.mailscope.model.ImportProblem#getMessage()
	 * @see #getImportProblem()
	 * @generated
	 */
	EAttribute getImportProblem_Message();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.Diagnosis <em>Diagnosis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagnosis</em>'.
	 * @see io.mailscope.model.Diagnosis
	 * @generated
	 */
	EClass getDiagnosis();

	/**
	 * Returns the meta object for the reference '{@link io.mailscope.model.Diagnosis#getTrace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Trace</em>'.
	 * @see io.mailscope.model.Diagnosis#getTrace()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EReference getDiagnosis_Trace();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Diagnosis#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see io.mailscope.model.Diagnosis#getFindings()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EReference getDiagnosis_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Diagnosis#getRuleFailures <em>Rule Failures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rule Failures</em>'.
	 * @see io.mailscope.model.Diagnosis#getRuleFailures()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EReference getDiagnosis_RuleFailures();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see io.mailscope.model.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Finding#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see io.mailscope.model.Finding#getRuleId()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_RuleId();

	/**
	 * Returns the meta object for the reference '{@link io.mailscope.model.Finding#getErrorCode <em>Error Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Error Code</em>'.
	 * @see io.mailscope.model.Finding#getErrorCode()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_ErrorCode();

	/**
	 * Returns the meta object for the reference '{@link io.mailscope.model.Finding#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cause</em>'.
	 * @see io.mailscope.model.Finding#getCause()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Cause();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Finding#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see io.mailscope.model.Finding#getCategory()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Category();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Finding#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see io.mailscope.model.Finding#getConfidence()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Finding#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see io.mailscope.model.Finding#getSummary()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Summary();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Finding#isDetermined <em>Determined</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Determined</em>'.
	 * @see io.mailscope.model.Finding#isDetermined()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Determined();

	/**
	 * Returns the meta object for the containment reference list '{@link io.mailscope.model.Finding#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see io.mailscope.model.Finding#getEvidence()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Evidence();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see io.mailscope.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Evidence#getFirstLine <em>First Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Line</em>'.
	 * @see io.mailscope.model.Evidence#getFirstLine()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_FirstLine();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Evidence#getLastLine <em>Last Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Line</em>'.
	 * @see io.mailscope.model.Evidence#getLastLine()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_LastLine();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.Evidence#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.mailscope.model.Evidence#getText()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Text();

	/**
	 * Returns the meta object for the reference '{@link io.mailscope.model.Evidence#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Event</em>'.
	 * @see io.mailscope.model.Evidence#getEvent()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Event();

	/**
	 * Returns the meta object for class '{@link io.mailscope.model.RuleFailure <em>Rule Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Failure</em>'.
	 * @see io.mailscope.model.RuleFailure
	 * @generated
	 */
	EClass getRuleFailure();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.RuleFailure#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see io.mailscope.model.RuleFailure#getRuleId()
	 * @see #getRuleFailure()
	 * @generated
	 */
	EAttribute getRuleFailure_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.RuleFailure#getContributor <em>Contributor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contributor</em>'.
	 * @see io.mailscope.model.RuleFailure#getContributor()
	 * @see #getRuleFailure()
	 * @generated
	 */
	EAttribute getRuleFailure_Contributor();

	/**
	 * Returns the meta object for the attribute '{@link io.mailscope.model.RuleFailure#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.mailscope.model.RuleFailure#getMessage()
	 * @see #getRuleFailure()
	 * @generated
	 */
	EAttribute getRuleFailure_Message();

	/**
	 * Returns the meta object for enum '{@link io.mailscope.model.ReplyCodeKind <em>Reply Code Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reply Code Kind</em>'.
	 * @see io.mailscope.model.ReplyCodeKind
	 * @generated
	 */
	EEnum getReplyCodeKind();

	/**
	 * Returns the meta object for enum '{@link io.mailscope.model.ReplyTextKind <em>Reply Text Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reply Text Kind</em>'.
	 * @see io.mailscope.model.ReplyTextKind
	 * @generated
	 */
	EEnum getReplyTextKind();

	/**
	 * Returns the meta object for enum '{@link io.mailscope.model.Family <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Family</em>'.
	 * @see io.mailscope.model.Family
	 * @generated
	 */
	EEnum getFamily();

	/**
	 * Returns the meta object for enum '{@link io.mailscope.model.CauseCategory <em>Cause Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cause Category</em>'.
	 * @see io.mailscope.model.CauseCategory
	 * @generated
	 */
	EEnum getCauseCategory();

	/**
	 * Returns the meta object for enum '{@link io.mailscope.model.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protocol</em>'.
	 * @see io.mailscope.model.Protocol
	 * @generated
	 */
	EEnum getProtocol();

	/**
	 * Returns the meta object for enum '{@link io.mailscope.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see io.mailscope.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link io.mailscope.model.TlsState <em>Tls State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tls State</em>'.
	 * @see io.mailscope.model.TlsState
	 * @generated
	 */
	EEnum getTlsState();

	/**
	 * Returns the meta object for enum '{@link io.mailscope.model.ConnectionEventKind <em>Connection Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection Event Kind</em>'.
	 * @see io.mailscope.model.ConnectionEventKind
	 * @generated
	 */
	EEnum getConnectionEventKind();

	/**
	 * Returns the meta object for enum '{@link io.mailscope.model.RepairKind <em>Repair Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Repair Kind</em>'.
	 * @see io.mailscope.model.RepairKind
	 * @generated
	 */
	EEnum getRepairKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MailscopeFactory getMailscopeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.CatalogImpl <em>Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.CatalogImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getCatalog()
		 * @generated
		 */
		EClass CATALOG = eINSTANCE.getCatalog();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__NAME = eINSTANCE.getCatalog_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__VERSION = eINSTANCE.getCatalog_Version();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__CODES = eINSTANCE.getCatalog_Codes();

		/**
		 * The meta object literal for the '<em><b>Replies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__REPLIES = eINSTANCE.getCatalog_Replies();

		/**
		 * The meta object literal for the '<em><b>Knowledge</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__KNOWLEDGE = eINSTANCE.getCatalog_Knowledge();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.ErrorCodeImpl <em>Error Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.ErrorCodeImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getErrorCode()
		 * @generated
		 */
		EClass ERROR_CODE = eINSTANCE.getErrorCode();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE__VALUE = eINSTANCE.getErrorCode_Value();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE__SYMBOL = eINSTANCE.getErrorCode_Symbol();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE__FAMILY = eINSTANCE.getErrorCode_Family();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE__TITLE = eINSTANCE.getErrorCode_Title();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE__MEANING = eINSTANCE.getErrorCode_Meaning();

		/**
		 * The meta object literal for the '<em><b>Client Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE__CLIENT_MESSAGE = eINSTANCE.getErrorCode_ClientMessage();

		/**
		 * The meta object literal for the '<em><b>Trace Signal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE__TRACE_SIGNAL = eINSTANCE.getErrorCode_TraceSignal();

		/**
		 * The meta object literal for the '<em><b>Success</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE__SUCCESS = eINSTANCE.getErrorCode_Success();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_CODE__SOURCE = eINSTANCE.getErrorCode_Source();

		/**
		 * The meta object literal for the '<em><b>Causes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ERROR_CODE__CAUSES = eINSTANCE.getErrorCode_Causes();

		/**
		 * The meta object literal for the '<em><b>Replies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ERROR_CODE__REPLIES = eINSTANCE.getErrorCode_Replies();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.CauseImpl <em>Cause</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.CauseImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getCause()
		 * @generated
		 */
		EClass CAUSE = eINSTANCE.getCause();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__ID = eINSTANCE.getCause_Id();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__CATEGORY = eINSTANCE.getCause_Category();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__TITLE = eINSTANCE.getCause_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__DESCRIPTION = eINSTANCE.getCause_Description();

		/**
		 * The meta object literal for the '<em><b>Checks</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__CHECKS = eINSTANCE.getCause_Checks();

		/**
		 * The meta object literal for the '<em><b>User Remedies</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__USER_REMEDIES = eINSTANCE.getCause_UserRemedies();

		/**
		 * The meta object literal for the '<em><b>Admin Remedies</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__ADMIN_REMEDIES = eINSTANCE.getCause_AdminRemedies();

		/**
		 * The meta object literal for the '<em><b>Error Code</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSE__ERROR_CODE = eINSTANCE.getCause_ErrorCode();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.ProtocolReplyImpl <em>Protocol Reply</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.ProtocolReplyImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getProtocolReply()
		 * @generated
		 */
		EClass PROTOCOL_REPLY = eINSTANCE.getProtocolReply();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_REPLY__PROTOCOL = eINSTANCE.getProtocolReply_Protocol();

		/**
		 * The meta object literal for the '<em><b>Reply</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_REPLY__REPLY = eINSTANCE.getProtocolReply_Reply();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_REPLY__MEANING = eINSTANCE.getProtocolReply_Meaning();

		/**
		 * The meta object literal for the '<em><b>Client Mapping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_REPLY__CLIENT_MAPPING = eINSTANCE.getProtocolReply_ClientMapping();

		/**
		 * The meta object literal for the '<em><b>Error Codes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL_REPLY__ERROR_CODES = eINSTANCE.getProtocolReply_ErrorCodes();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.ReplyKnowledgeImpl <em>Reply Knowledge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.ReplyKnowledgeImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getReplyKnowledge()
		 * @generated
		 */
		EClass REPLY_KNOWLEDGE = eINSTANCE.getReplyKnowledge();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_KNOWLEDGE__ID = eINSTANCE.getReplyKnowledge_Id();

		/**
		 * The meta object literal for the '<em><b>Cause Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_KNOWLEDGE__CAUSE_ID = eINSTANCE.getReplyKnowledge_CauseId();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_KNOWLEDGE__CONFIDENCE = eINSTANCE.getReplyKnowledge_Confidence();

		/**
		 * The meta object literal for the '<em><b>Why</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_KNOWLEDGE__WHY = eINSTANCE.getReplyKnowledge_Why();

		/**
		 * The meta object literal for the '<em><b>Fix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_KNOWLEDGE__FIX = eINSTANCE.getReplyKnowledge_Fix();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_KNOWLEDGE__SOURCE = eINSTANCE.getReplyKnowledge_Source();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.ReplyCodeImpl <em>Reply Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.ReplyCodeImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getReplyCode()
		 * @generated
		 */
		EClass REPLY_CODE = eINSTANCE.getReplyCode();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_CODE__PROTOCOL = eINSTANCE.getReplyCode_Protocol();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_CODE__KIND = eINSTANCE.getReplyCode_Kind();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_CODE__CODE = eINSTANCE.getReplyCode_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_CODE__TITLE = eINSTANCE.getReplyCode_Title();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.ReplyTextImpl <em>Reply Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.ReplyTextImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getReplyText()
		 * @generated
		 */
		EClass REPLY_TEXT = eINSTANCE.getReplyText();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_TEXT__KIND = eINSTANCE.getReplyText_Kind();

		/**
		 * The meta object literal for the '<em><b>Phrases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_TEXT__PHRASES = eINSTANCE.getReplyText_Phrases();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_TEXT__PATTERN = eINSTANCE.getReplyText_Pattern();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_TEXT__PRODUCT = eINSTANCE.getReplyText_Product();

		/**
		 * The meta object literal for the '<em><b>Product Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_TEXT__PRODUCT_KIND = eINSTANCE.getReplyText_ProductKind();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.TraceImpl <em>Trace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.TraceImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getTrace()
		 * @generated
		 */
		EClass TRACE = eINSTANCE.getTrace();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__SOURCE = eINSTANCE.getTrace_Source();

		/**
		 * The meta object literal for the '<em><b>Format Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__FORMAT_ID = eINSTANCE.getTrace_FormatId();

		/**
		 * The meta object literal for the '<em><b>Format Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__FORMAT_NAME = eINSTANCE.getTrace_FormatName();

		/**
		 * The meta object literal for the '<em><b>Line Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__LINE_COUNT = eINSTANCE.getTrace_LineCount();

		/**
		 * The meta object literal for the '<em><b>Byte Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__BYTE_COUNT = eINSTANCE.getTrace_ByteCount();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE__SESSIONS = eINSTANCE.getTrace_Sessions();

		/**
		 * The meta object literal for the '<em><b>Status Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE__STATUS_EVENTS = eINSTANCE.getTrace_StatusEvents();

		/**
		 * The meta object literal for the '<em><b>Other Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE__OTHER_LINES = eINSTANCE.getTrace_OtherLines();

		/**
		 * The meta object literal for the '<em><b>Other Line Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__OTHER_LINE_COUNT = eINSTANCE.getTrace_OtherLineCount();

		/**
		 * The meta object literal for the '<em><b>Repairs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE__REPAIRS = eINSTANCE.getTrace_Repairs();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE__PROBLEMS = eINSTANCE.getTrace_Problems();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.SessionImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PROTOCOL = eINSTANCE.getSession_Protocol();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__HOST = eINSTANCE.getSession_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PORT = eINSTANCE.getSession_Port();

		/**
		 * The meta object literal for the '<em><b>Client Product</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__CLIENT_PRODUCT = eINSTANCE.getSession_ClientProduct();

		/**
		 * The meta object literal for the '<em><b>Tls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__TLS = eINSTANCE.getSession_Tls();

		/**
		 * The meta object literal for the '<em><b>Context Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__CONTEXT_ID = eINSTANCE.getSession_ContextId();

		/**
		 * The meta object literal for the '<em><b>Exchanges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__EXCHANGES = eINSTANCE.getSession_Exchanges();

		/**
		 * The meta object literal for the '<em><b>Connection Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__CONNECTION_EVENTS = eINSTANCE.getSession_ConnectionEvents();

		/**
		 * The meta object literal for the '<em><b>Exchange Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__EXCHANGE_COUNT = eINSTANCE.getSession_ExchangeCount();

		/**
		 * The meta object literal for the '<em><b>Trace</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__TRACE = eINSTANCE.getSession_Trace();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.ExchangeImpl <em>Exchange</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.ExchangeImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getExchange()
		 * @generated
		 */
		EClass EXCHANGE = eINSTANCE.getExchange();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXCHANGE__COMMAND = eINSTANCE.getExchange_Command();

		/**
		 * The meta object literal for the '<em><b>Reply Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXCHANGE__REPLY_LINES = eINSTANCE.getExchange_ReplyLines();

		/**
		 * The meta object literal for the '<em><b>Verb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE__VERB = eINSTANCE.getExchange_Verb();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE__TAG = eINSTANCE.getExchange_Tag();

		/**
		 * The meta object literal for the '<em><b>Complete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE__COMPLETE = eINSTANCE.getExchange_Complete();

		/**
		 * The meta object literal for the '<em><b>Session</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXCHANGE__SESSION = eINSTANCE.getExchange_Session();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.TraceEventImpl <em>Trace Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.TraceEventImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getTraceEvent()
		 * @generated
		 */
		EClass TRACE_EVENT = eINSTANCE.getTraceEvent();

		/**
		 * The meta object literal for the '<em><b>First Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT__FIRST_LINE = eINSTANCE.getTraceEvent_FirstLine();

		/**
		 * The meta object literal for the '<em><b>Last Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT__LAST_LINE = eINSTANCE.getTraceEvent_LastLine();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT__OFFSET = eINSTANCE.getTraceEvent_Offset();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT__TIME = eINSTANCE.getTraceEvent_Time();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT__TEXT = eINSTANCE.getTraceEvent_Text();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.ProtocolLineImpl <em>Protocol Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.ProtocolLineImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getProtocolLine()
		 * @generated
		 */
		EClass PROTOCOL_LINE = eINSTANCE.getProtocolLine();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_LINE__DIRECTION = eINSTANCE.getProtocolLine_Direction();

		/**
		 * The meta object literal for the '<em><b>Masked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_LINE__MASKED = eINSTANCE.getProtocolLine_Masked();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.StatusEventImpl <em>Status Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.StatusEventImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getStatusEvent()
		 * @generated
		 */
		EClass STATUS_EVENT = eINSTANCE.getStatusEvent();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_EVENT__VALUE = eINSTANCE.getStatusEvent_Value();

		/**
		 * The meta object literal for the '<em><b>Error Code</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS_EVENT__ERROR_CODE = eINSTANCE.getStatusEvent_ErrorCode();

		/**
		 * The meta object literal for the '<em><b>Session</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS_EVENT__SESSION = eINSTANCE.getStatusEvent_Session();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.ConnectionEventImpl <em>Connection Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.ConnectionEventImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getConnectionEvent()
		 * @generated
		 */
		EClass CONNECTION_EVENT = eINSTANCE.getConnectionEvent();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION_EVENT__KIND = eINSTANCE.getConnectionEvent_Kind();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.OtherLineImpl <em>Other Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.OtherLineImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getOtherLine()
		 * @generated
		 */
		EClass OTHER_LINE = eINSTANCE.getOtherLine();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.RepairImpl <em>Repair</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.RepairImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getRepair()
		 * @generated
		 */
		EClass REPAIR = eINSTANCE.getRepair();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPAIR__KIND = eINSTANCE.getRepair_Kind();

		/**
		 * The meta object literal for the '<em><b>First Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPAIR__FIRST_LINE = eINSTANCE.getRepair_FirstLine();

		/**
		 * The meta object literal for the '<em><b>Last Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPAIR__LAST_LINE = eINSTANCE.getRepair_LastLine();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPAIR__DESCRIPTION = eINSTANCE.getRepair_Description();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.ImportProblemImpl <em>Import Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.ImportProblemImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getImportProblem()
		 * @generated
		 */
		EClass IMPORT_PROBLEM = eINSTANCE.getImportProblem();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_PROBLEM__LINE = eINSTANCE.getImportProblem_Line();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_PROBLEM__MESSAGE = eINSTANCE.getImportProblem_Message();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.DiagnosisImpl <em>Diagnosis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.DiagnosisImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getDiagnosis()
		 * @generated
		 */
		EClass DIAGNOSIS = eINSTANCE.getDiagnosis();

		/**
		 * The meta object literal for the '<em><b>Trace</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSIS__TRACE = eINSTANCE.getDiagnosis_Trace();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSIS__FINDINGS = eINSTANCE.getDiagnosis_Findings();

		/**
		 * The meta object literal for the '<em><b>Rule Failures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSIS__RULE_FAILURES = eINSTANCE.getDiagnosis_RuleFailures();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.FindingImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__RULE_ID = eINSTANCE.getFinding_RuleId();

		/**
		 * The meta object literal for the '<em><b>Error Code</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__ERROR_CODE = eINSTANCE.getFinding_ErrorCode();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__CAUSE = eINSTANCE.getFinding_Cause();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CATEGORY = eINSTANCE.getFinding_Category();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CONFIDENCE = eINSTANCE.getFinding_Confidence();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SUMMARY = eINSTANCE.getFinding_Summary();

		/**
		 * The meta object literal for the '<em><b>Determined</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DETERMINED = eINSTANCE.getFinding_Determined();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__EVIDENCE = eINSTANCE.getFinding_Evidence();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.EvidenceImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>First Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__FIRST_LINE = eINSTANCE.getEvidence_FirstLine();

		/**
		 * The meta object literal for the '<em><b>Last Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__LAST_LINE = eINSTANCE.getEvidence_LastLine();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__TEXT = eINSTANCE.getEvidence_Text();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__EVENT = eINSTANCE.getEvidence_Event();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.impl.RuleFailureImpl <em>Rule Failure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.impl.RuleFailureImpl
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getRuleFailure()
		 * @generated
		 */
		EClass RULE_FAILURE = eINSTANCE.getRuleFailure();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_FAILURE__RULE_ID = eINSTANCE.getRuleFailure_RuleId();

		/**
		 * The meta object literal for the '<em><b>Contributor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_FAILURE__CONTRIBUTOR = eINSTANCE.getRuleFailure_Contributor();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_FAILURE__MESSAGE = eINSTANCE.getRuleFailure_Message();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.ReplyCodeKind <em>Reply Code Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.ReplyCodeKind
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getReplyCodeKind()
		 * @generated
		 */
		EEnum REPLY_CODE_KIND = eINSTANCE.getReplyCodeKind();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.ReplyTextKind <em>Reply Text Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.ReplyTextKind
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getReplyTextKind()
		 * @generated
		 */
		EEnum REPLY_TEXT_KIND = eINSTANCE.getReplyTextKind();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.Family <em>Family</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.Family
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getFamily()
		 * @generated
		 */
		EEnum FAMILY = eINSTANCE.getFamily();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.CauseCategory <em>Cause Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.CauseCategory
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getCauseCategory()
		 * @generated
		 */
		EEnum CAUSE_CATEGORY = eINSTANCE.getCauseCategory();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.Protocol <em>Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.Protocol
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getProtocol()
		 * @generated
		 */
		EEnum PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.Direction
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.TlsState <em>Tls State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.TlsState
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getTlsState()
		 * @generated
		 */
		EEnum TLS_STATE = eINSTANCE.getTlsState();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.ConnectionEventKind <em>Connection Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.ConnectionEventKind
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getConnectionEventKind()
		 * @generated
		 */
		EEnum CONNECTION_EVENT_KIND = eINSTANCE.getConnectionEventKind();

		/**
		 * The meta object literal for the '{@link io.mailscope.model.RepairKind <em>Repair Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.mailscope.model.RepairKind
		 * @see io.mailscope.model.impl.MailscopePackageImpl#getRepairKind()
		 * @generated
		 */
		EEnum REPAIR_KIND = eINSTANCE.getRepairKind();

	}

} //MailscopePackage
