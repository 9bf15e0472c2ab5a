/**
 */
package io.mailscope.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.ProtocolLine#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.mailscope.model.ProtocolLine#isMasked <em>Masked</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getProtocolLine()
 * @model
 * @generated
 */
public interface ProtocolLine extends TraceEvent {
	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see io.mailscope.model.Direction
	 * @see #setDirection(Direction)
	 * @see io.mailscope.model.MailscopePackage#getProtocolLine_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ProtocolLine#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see io.mailscope.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Masked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Masked</em>' attribute.
	 * @see #setMasked(boolean)
	 * @see io.mailscope.model.MailscopePackage#getProtocolLine_Masked()
	 * @model
	 * @generated
	 */
	boolean isMasked();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ProtocolLine#isMasked <em>Masked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masked</em>' attribute.
	 * @see #isMasked()
	 * @generated
	 */
	void setMasked(boolean value);

} // ProtocolLine
