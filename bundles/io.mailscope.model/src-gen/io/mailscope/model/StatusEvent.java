/**
 */
package io.mailscope.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.StatusEvent#getValue <em>Value</em>}</li>
 *   <li>{@link io.mailscope.model.StatusEvent#getErrorCode <em>Error Code</em>}</li>
 *   <li>{@link io.mailscope.model.StatusEvent#getSession <em>Session</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getStatusEvent()
 * @model
 * @generated
 */
public interface StatusEvent extends TraceEvent {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see io.mailscope.model.MailscopePackage#getStatusEvent_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link io.mailscope.model.StatusEvent#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

	/**
	 * Returns the value of the '<em><b>Error Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Code</em>' reference.
	 * @see #setErrorCode(ErrorCode)
	 * @see io.mailscope.model.MailscopePackage#getStatusEvent_ErrorCode()
	 * @model
	 * @generated
	 */
	ErrorCode getErrorCode();

	/**
	 * Sets the value of the '{@link io.mailscope.model.StatusEvent#getErrorCode <em>Error Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Code</em>' reference.
	 * @see #getErrorCode()
	 * @generated
	 */
	void setErrorCode(ErrorCode value);

	/**
	 * Returns the value of the '<em><b>Session</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session</em>' reference.
	 * @see #setSession(Session)
	 * @see io.mailscope.model.MailscopePackage#getStatusEvent_Session()
	 * @model
	 * @generated
	 */
	Session getSession();

	/**
	 * Sets the value of the '{@link io.mailscope.model.StatusEvent#getSession <em>Session</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session</em>' reference.
	 * @see #getSession()
	 * @generated
	 */
	void setSession(Session value);

} // StatusEvent
