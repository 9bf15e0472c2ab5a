/**
 */
package io.mailscope.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reply Code</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A code of a protocol's reply registry: an SMTP enhanced status code (RFC 3463, IANA registry of RFC 5248, e.g. 5.7.1), an SMTP basic status code (RFC 5321, e.g. 550), or a POP3 (RFC 2449/3206, e.g. IN-USE) or IMAP (RFC 5530, e.g. OVERQUOTA) response code. Found in a text as a word of its own (5.7.1) or in brackets ([IN-USE]).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.ReplyCode#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyCode#getKind <em>Kind</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyCode#getCode <em>Code</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyCode#getTitle <em>Title</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getReplyCode()
 * @model
 * @generated
 */
public interface ReplyCode extends ReplyKnowledge {
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see io.mailscope.model.Protocol
	 * @see #setProtocol(Protocol)
	 * @see io.mailscope.model.MailscopePackage#getReplyCode_Protocol()
	 * @model required="true"
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyCode#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see io.mailscope.model.Protocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.ReplyCodeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.mailscope.model.ReplyCodeKind
	 * @see #setKind(ReplyCodeKind)
	 * @see io.mailscope.model.MailscopePackage#getReplyCode_Kind()
	 * @model required="true"
	 * @generated
	 */
	ReplyCodeKind getKind();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyCode#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.mailscope.model.ReplyCodeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReplyCodeKind value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code as the registry writes it: 5.7.1 (or X.7.1 for both classes), 550, IN-USE, SYS/TEMP, OVERQUOTA.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see io.mailscope.model.MailscopePackage#getReplyCode_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyCode#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The registry's name for the code, e.g. Delivery not authorized, message refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.mailscope.model.MailscopePackage#getReplyCode_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyCode#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

} // ReplyCode
