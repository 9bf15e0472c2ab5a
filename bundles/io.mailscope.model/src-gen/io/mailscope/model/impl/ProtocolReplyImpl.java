/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.ErrorCode;
import io.mailscope.model.MailscopePackage;
import io.mailscope.model.Protocol;
import io.mailscope.model.ProtocolReply;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol Reply</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.impl.ProtocolReplyImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ProtocolReplyImpl#getReply <em>Reply</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ProtocolReplyImpl#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ProtocolReplyImpl#getClientMapping <em>Client Mapping</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ProtocolReplyImpl#getErrorCodes <em>Error Codes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProtocolReplyImpl extends EObjectImpl implements ProtocolReply {
	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final Protocol PROTOCOL_EDEFAULT = Protocol.UNKNOWN;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected Protocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getReply() <em>Reply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReply()
	 * @generated
	 * @ordered
	 */
	protected static final String REPLY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReply() <em>Reply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReply()
	 * @generated
	 * @ordered
	 */
	protected String reply = REPLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected static final String MEANING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected String meaning = MEANING_EDEFAULT;

	/**
	 * The default value of the '{@link #getClientMapping() <em>Client Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientMapping()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_MAPPING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientMapping() <em>Client Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientMapping()
	 * @generated
	 * @ordered
	 */
	protected String clientMapping = CLIENT_MAPPING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getErrorCodes() <em>Error Codes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<ErrorCode> errorCodes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolReplyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.PROTOCOL_REPLY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(Protocol newProtocol) {
		Protocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.PROTOCOL_REPLY__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReply() {
		return reply;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReply(String newReply) {
		String oldReply = reply;
		reply = newReply;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.PROTOCOL_REPLY__REPLY, oldReply, reply));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeaning() {
		return meaning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeaning(String newMeaning) {
		String oldMeaning = meaning;
		meaning = newMeaning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.PROTOCOL_REPLY__MEANING, oldMeaning, meaning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientMapping() {
		return clientMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientMapping(String newClientMapping) {
		String oldClientMapping = clientMapping;
		clientMapping = newClientMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.PROTOCOL_REPLY__CLIENT_MAPPING, oldClientMapping, clientMapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ErrorCode> getErrorCodes() {
		if (errorCodes == null) {
			errorCodes = new EObjectWithInverseResolvingEList.ManyInverse<ErrorCode>(ErrorCode.class, this, MailscopePackage.PROTOCOL_REPLY__ERROR_CODES, MailscopePackage.ERROR_CODE__REPLIES);
		}
		return errorCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailscopePackage.PROTOCOL_REPLY__ERROR_CODES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getErrorCodes()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailscopePackage.PROTOCOL_REPLY__ERROR_CODES:
				return ((InternalEList<?>)getErrorCodes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailscopePackage.PROTOCOL_REPLY__PROTOCOL:
				return getProtocol();
			case MailscopePackage.PROTOCOL_REPLY__REPLY:
				return getReply();
			case MailscopePackage.PROTOCOL_REPLY__MEANING:
				return getMeaning();
			case MailscopePackage.PROTOCOL_REPLY__CLIENT_MAPPING:
				return getClientMapping();
			case MailscopePackage.PROTOCOL_REPLY__ERROR_CODES:
				return getErrorCodes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MailscopePackage.PROTOCOL_REPLY__PROTOCOL:
				setProtocol((Protocol)newValue);
				return;
			case MailscopePackage.PROTOCOL_REPLY__REPLY:
				setReply((String)newValue);
				return;
			case MailscopePackage.PROTOCOL_REPLY__MEANING:
				setMeaning((String)newValue);
				return;
			case MailscopePackage.PROTOCOL_REPLY__CLIENT_MAPPING:
				setClientMapping((String)newValue);
				return;
			case MailscopePackage.PROTOCOL_REPLY__ERROR_CODES:
				getErrorCodes().clear();
				getErrorCodes().addAll((Collection<? extends ErrorCode>)newValue);
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
			case MailscopePackage.PROTOCOL_REPLY__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case MailscopePackage.PROTOCOL_REPLY__REPLY:
				setReply(REPLY_EDEFAULT);
				return;
			case MailscopePackage.PROTOCOL_REPLY__MEANING:
				setMeaning(MEANING_EDEFAULT);
				return;
			case MailscopePackage.PROTOCOL_REPLY__CLIENT_MAPPING:
				setClientMapping(CLIENT_MAPPING_EDEFAULT);
				return;
			case MailscopePackage.PROTOCOL_REPLY__ERROR_CODES:
				getErrorCodes().clear();
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
			case MailscopePackage.PROTOCOL_REPLY__PROTOCOL:
				return protocol != PROTOCOL_EDEFAULT;
			case MailscopePackage.PROTOCOL_REPLY__REPLY:
				return REPLY_EDEFAULT == null ? reply != null : !REPLY_EDEFAULT.equals(reply);
			case MailscopePackage.PROTOCOL_REPLY__MEANING:
				return MEANING_EDEFAULT == null ? meaning != null : !MEANING_EDEFAULT.equals(meaning);
			case MailscopePackage.PROTOCOL_REPLY__CLIENT_MAPPING:
				return CLIENT_MAPPING_EDEFAULT == null ? clientMapping != null : !CLIENT_MAPPING_EDEFAULT.equals(clientMapping);
			case MailscopePackage.PROTOCOL_REPLY__ERROR_CODES:
				return errorCodes != null && !errorCodes.isEmpty();
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
		result.append(" (protocol: ");
		result.append(protocol);
		result.append(", reply: ");
		result.append(reply);
		result.append(", meaning: ");
		result.append(meaning);
		result.append(", clientMapping: ");
		result.append(clientMapping);
		result.append(')');
		return result.toString();
	}

} //ProtocolReplyImpl
