/**
 */
package io.mailscope.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exchange</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client command and the server's reply lines; the greeting is an exchange without a command.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.Exchange#getCommand <em>Command</em>}</li>
 *   <li>{@link io.mailscope.model.Exchange#getReplyLines <em>Reply Lines</em>}</li>
 *   <li>{@link io.mailscope.model.Exchange#getVerb <em>Verb</em>}</li>
 *   <li>{@link io.mailscope.model.Exchange#getTag <em>Tag</em>}</li>
 *   <li>{@link io.mailscope.model.Exchange#isComplete <em>Complete</em>}</li>
 *   <li>{@link io.mailscope.model.Exchange#getSession <em>Session</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getExchange()
 * @model
 * @generated
 */
public interface Exchange extends EObject {
	/**
	 * Returns the value of the '<em><b>Command</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command</em>' containment reference.
	 * @see #setCommand(ProtocolLine)
	 * @see io.mailscope.model.MailscopePackage#getExchange_Command()
	 * @model containment="true"
	 * @generated
	 */
	ProtocolLine getCommand();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Exchange#getCommand <em>Command</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Command</em>' containment reference.
	 * @see #getCommand()
	 * @generated
	 */
	void setCommand(ProtocolLine value);

	/**
	 * Returns the value of the '<em><b>Reply Lines</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.ProtocolLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reply Lines</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getExchange_ReplyLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolLine> getReplyLines();

	/**
	 * Returns the value of the '<em><b>Verb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper-case command verb (STAT, EHLO, LOGIN); GREETING for the server banner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verb</em>' attribute.
	 * @see #setVerb(String)
	 * @see io.mailscope.model.MailscopePackage#getExchange_Verb()
	 * @model
	 * @generated
	 */
	String getVerb();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Exchange#getVerb <em>Verb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verb</em>' attribute.
	 * @see #getVerb()
	 * @generated
	 */
	void setVerb(String value);

	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see io.mailscope.model.MailscopePackage#getExchange_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Exchange#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Complete</em>' attribute.
	 * @see #setComplete(boolean)
	 * @see io.mailscope.model.MailscopePackage#getExchange_Complete()
	 * @model
	 * @generated
	 */
	boolean isComplete();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Exchange#isComplete <em>Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complete</em>' attribute.
	 * @see #isComplete()
	 * @generated
	 */
	void setComplete(boolean value);

	/**
	 * Returns the value of the '<em><b>Session</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.mailscope.model.Session#getExchanges <em>Exchanges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session</em>' container reference.
	 * @see #setSession(Session)
	 * @see io.mailscope.model.MailscopePackage#getExchange_Session()
	 * @see io.mailscope.model.Session#getExchanges
	 * @model opposite="exchanges" transient="false"
	 * @generated
	 */
	Session getSession();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Exchange#getSession <em>Session</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session</em>' container reference.
	 * @see #getSession()
	 * @generated
	 */
	void setSession(Session value);

} // Exchange
