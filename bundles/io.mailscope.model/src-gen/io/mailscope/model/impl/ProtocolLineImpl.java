/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.Direction;
import io.mailscope.model.MailscopePackage;
import io.mailscope.model.ProtocolLine;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.impl.ProtocolLineImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ProtocolLineImpl#isMasked <em>Masked</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProtocolLineImpl extends TraceEventImpl implements ProtocolLine {
	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.CLIENT;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isMasked() <em>Masked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMasked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MASKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMasked() <em>Masked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMasked()
	 * @generated
	 * @ordered
	 */
	protected boolean masked = MASKED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.PROTOCOL_LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.PROTOCOL_LINE__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMasked() {
		return masked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMasked(boolean newMasked) {
		boolean oldMasked = masked;
		masked = newMasked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.PROTOCOL_LINE__MASKED, oldMasked, masked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailscopePackage.PROTOCOL_LINE__DIRECTION:
				return getDirection();
			case MailscopePackage.PROTOCOL_LINE__MASKED:
				return isMasked();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MailscopePackage.PROTOCOL_LINE__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case MailscopePackage.PROTOCOL_LINE__MASKED:
				setMasked((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MailscopePackage.PROTOCOL_LINE__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case MailscopePackage.PROTOCOL_LINE__MASKED:
				setMasked(MASKED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MailscopePackage.PROTOCOL_LINE__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case MailscopePackage.PROTOCOL_LINE__MASKED:
				return masked != MASKED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (direction: ");
		result.append(direction);
		result.append(", masked: ");
		result.append(masked);
		result.append(')');
		return result.toString();
	}

} //ProtocolLineImpl
