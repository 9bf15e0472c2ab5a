/**
 */
package io.mailscope.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connection Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.ConnectionEvent#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getConnectionEvent()
 * @model
 * @generated
 */
public interface ConnectionEvent extends TraceEvent {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.ConnectionEventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.mailscope.model.ConnectionEventKind
	 * @see #setKind(ConnectionEventKind)
	 * @see io.mailscope.model.MailscopePackage#getConnectionEvent_Kind()
	 * @model
	 * @generated
	 */
	ConnectionEventKind getKind();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ConnectionEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.mailscope.model.ConnectionEventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConnectionEventKind value);

} // ConnectionEvent
