/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.Catalog;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.MailscopePackage;
import io.mailscope.model.ProtocolReply;

import io.mailscope.model.ReplyKnowledge;
import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.impl.CatalogImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.mailscope.model.impl.CatalogImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.mailscope.model.impl.CatalogImpl#getCodes <em>Codes</em>}</li>
 *   <li>{@link io.mailscope.model.impl.CatalogImpl#getReplies <em>Replies</em>}</li>
 *   <li>{@link io.mailscope.model.impl.CatalogImpl#getKnowledge <em>Knowledge</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogImpl extends EObjectImpl implements Catalog {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCodes() <em>Codes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<ErrorCode> codes;

	/**
	 * The cached value of the '{@link #getReplies() <em>Replies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplies()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtocolReply> replies;

	/**
	 * The cached value of the '{@link #getKnowledge() <em>Knowledge</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnowledge()
	 * @generated
	 * @ordered
	 */
	protected EList<ReplyKnowledge> knowledge;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.CATALOG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.CATALOG__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.CATALOG__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ErrorCode> getCodes() {
		if (codes == null) {
			codes = new EObjectContainmentEList<ErrorCode>(ErrorCode.class, this, MailscopePackage.CATALOG__CODES);
		}
		return codes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtocolReply> getReplies() {
		if (replies == null) {
			replies = new EObjectContainmentEList<ProtocolReply>(ProtocolReply.class, this, MailscopePackage.CATALOG__REPLIES);
		}
		return replies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReplyKnowledge> getKnowledge() {
		if (knowledge == null) {
			knowledge = new EObjectContainmentEList<ReplyKnowledge>(ReplyKnowledge.class, this, MailscopePackage.CATALOG__KNOWLEDGE);
		}
		return knowledge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailscopePackage.CATALOG__CODES:
				return ((InternalEList<?>)getCodes()).basicRemove(otherEnd, msgs);
			case MailscopePackage.CATALOG__REPLIES:
				return ((InternalEList<?>)getReplies()).basicRemove(otherEnd, msgs);
			case MailscopePackage.CATALOG__KNOWLEDGE:
				return ((InternalEList<?>)getKnowledge()).basicRemove(otherEnd, msgs);
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
			case MailscopePackage.CATALOG__NAME:
				return getName();
			case MailscopePackage.CATALOG__VERSION:
				return getVersion();
			case MailscopePackage.CATALOG__CODES:
				return getCodes();
			case MailscopePackage.CATALOG__REPLIES:
				return getReplies();
			case MailscopePackage.CATALOG__KNOWLEDGE:
				return getKnowledge();
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
			case MailscopePackage.CATALOG__NAME:
				setName((String)newValue);
				return;
			case MailscopePackage.CATALOG__VERSION:
				setVersion((String)newValue);
				return;
			case MailscopePackage.CATALOG__CODES:
				getCodes().clear();
				getCodes().addAll((Collection<? extends ErrorCode>)newValue);
				return;
			case MailscopePackage.CATALOG__REPLIES:
				getReplies().clear();
				getReplies().addAll((Collection<? extends ProtocolReply>)newValue);
				return;
			case MailscopePackage.CATALOG__KNOWLEDGE:
				getKnowledge().clear();
				getKnowledge().addAll((Collection<? extends ReplyKnowledge>)newValue);
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
			case MailscopePackage.CATALOG__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MailscopePackage.CATALOG__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case MailscopePackage.CATALOG__CODES:
				getCodes().clear();
				return;
			case MailscopePackage.CATALOG__REPLIES:
				getReplies().clear();
				return;
			case MailscopePackage.CATALOG__KNOWLEDGE:
				getKnowledge().clear();
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
			case MailscopePackage.CATALOG__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MailscopePackage.CATALOG__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case MailscopePackage.CATALOG__CODES:
				return codes != null && !codes.isEmpty();
			case MailscopePackage.CATALOG__REPLIES:
				return replies != null && !replies.isEmpty();
			case MailscopePackage.CATALOG__KNOWLEDGE:
				return knowledge != null && !knowledge.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //CatalogImpl
