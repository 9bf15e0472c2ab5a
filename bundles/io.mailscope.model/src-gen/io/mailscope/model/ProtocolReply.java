/**
 */
package io.mailscope.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol Reply</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A server reply (SMTP code, POP3 -ERR response code, IMAP NO/BAD response code) and the error codes clients turn it into.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.ProtocolReply#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.mailscope.model.ProtocolReply#getReply <em>Reply</em>}</li>
 *   <li>{@link io.mailscope.model.ProtocolReply#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link io.mailscope.model.ProtocolReply#getClientMapping <em>Client Mapping</em>}</li>
 *   <li>{@link io.mailscope.model.ProtocolReply#getErrorCodes <em>Error Codes</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getProtocolReply()
 * @model
 * @generated
 */
public interface ProtocolReply extends EObject {
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see io.mailscope.model.Protocol
	 * @see #setProtocol(Protocol)
	 * @see io.mailscope.model.MailscopePackage#getProtocolReply_Protocol()
	 * @model required="true"
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ProtocolReply#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see io.mailscope.model.Protocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Reply</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reply</em>' attribute.
	 * @see #setReply(String)
	 * @see io.mailscope.model.MailscopePackage#getProtocolReply_Reply()
	 * @model required="true"
	 * @generated
	 */
	String getReply();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ProtocolReply#getReply <em>Reply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reply</em>' attribute.
	 * @see #getReply()
	 * @generated
	 */
	void setReply(String value);

	/**
	 * Returns the value of the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meaning</em>' attribute.
	 * @see #setMeaning(String)
	 * @see io.mailscope.model.MailscopePackage#getProtocolReply_Meaning()
	 * @model
	 * @generated
	 */
	String getMeaning();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ProtocolReply#getMeaning <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meaning</em>' attribute.
	 * @see #getMeaning()
	 * @generated
	 */
	void setMeaning(String value);

	/**
	 * Returns the value of the '<em><b>Client Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How clients report this reply, in words (which code, in which command phase).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Mapping</em>' attribute.
	 * @see #setClientMapping(String)
	 * @see io.mailscope.model.MailscopePackage#getProtocolReply_ClientMapping()
	 * @model
	 * @generated
	 */
	String getClientMapping();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ProtocolReply#getClientMapping <em>Client Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Mapping</em>' attribute.
	 * @see #getClientMapping()
	 * @generated
	 */
	void setClientMapping(String value);

	/**
	 * Returns the value of the '<em><b>Error Codes</b></em>' reference list.
	 * The list contents are of type {@link io.mailscope.model.ErrorCode}.
	 * It is bidirectional and its opposite is '{@link io.mailscope.model.ErrorCode#getReplies <em>Replies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Codes</em>' reference list.
	 * @see io.mailscope.model.MailscopePackage#getProtocolReply_ErrorCodes()
	 * @see io.mailscope.model.ErrorCode#getReplies
	 * @model opposite="replies"
	 * @generated
	 */
	EList<ErrorCode> getErrorCodes();

} // ProtocolReply
