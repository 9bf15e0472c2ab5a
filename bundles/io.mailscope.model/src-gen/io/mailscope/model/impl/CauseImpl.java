/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.Cause;
import io.mailscope.model.CauseCategory;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.MailscopePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cause</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.impl.CauseImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.mailscope.model.impl.CauseImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link io.mailscope.model.impl.CauseImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.mailscope.model.impl.CauseImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.mailscope.model.impl.CauseImpl#getChecks <em>Checks</em>}</li>
 *   <li>{@link io.mailscope.model.impl.CauseImpl#getUserRemedies <em>User Remedies</em>}</li>
 *   <li>{@link io.mailscope.model.impl.CauseImpl#getAdminRemedies <em>Admin Remedies</em>}</li>
 *   <li>{@link io.mailscope.model.impl.CauseImpl#getErrorCode <em>Error Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CauseImpl extends EObjectImpl implements Cause {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final CauseCategory CATEGORY_EDEFAULT = CauseCategory.AUTH_FAILED;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected CauseCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChecks() <em>Checks</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecks()
	 * @generated
	 * @ordered
	 */
	protected EList<String> checks;

	/**
	 * The cached value of the '{@link #getUserRemedies() <em>User Remedies</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserRemedies()
	 * @generated
	 * @ordered
	 */
	protected EList<String> userRemedies;

	/**
	 * The cached value of the '{@link #getAdminRemedies() <em>Admin Remedies</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdminRemedies()
	 * @generated
	 * @ordered
	 */
	protected EList<String> adminRemedies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CauseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.CAUSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.CAUSE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CauseCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(CauseCategory newCategory) {
		CauseCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.CAUSE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.CAUSE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.CAUSE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getChecks() {
		if (checks == null) {
			checks = new EDataTypeUniqueEList<String>(String.class, this, MailscopePackage.CAUSE__CHECKS);
		}
		return checks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getUserRemedies() {
		if (userRemedies == null) {
			userRemedies = new EDataTypeUniqueEList<String>(String.class, this, MailscopePackage.CAUSE__USER_REMEDIES);
		}
		return userRemedies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAdminRemedies() {
		if (adminRemedies == null) {
			adminRemedies = new EDataTypeUniqueEList<String>(String.class, this, MailscopePackage.CAUSE__ADMIN_REMEDIES);
		}
		return adminRemedies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ErrorCode getErrorCode() {
		if (eContainerFeatureID() != MailscopePackage.CAUSE__ERROR_CODE) return null;
		return (ErrorCode)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetErrorCode(ErrorCode newErrorCode, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newErrorCode, MailscopePackage.CAUSE__ERROR_CODE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorCode(ErrorCode newErrorCode) {
		if (newErrorCode != eInternalContainer() || (eContainerFeatureID() != MailscopePackage.CAUSE__ERROR_CODE && newErrorCode != null)) {
			if (EcoreUtil.isAncestor(this, newErrorCode))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newErrorCode != null)
				msgs = ((InternalEObject)newErrorCode).eInverseAdd(this, MailscopePackage.ERROR_CODE__CAUSES, ErrorCode.class, msgs);
			msgs = basicSetErrorCode(newErrorCode, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.CAUSE__ERROR_CODE, newErrorCode, newErrorCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailscopePackage.CAUSE__ERROR_CODE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetErrorCode((ErrorCode)otherEnd, msgs);
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
			case MailscopePackage.CAUSE__ERROR_CODE:
				return basicSetErrorCode(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case MailscopePackage.CAUSE__ERROR_CODE:
				return eInternalContainer().eInverseRemove(this, MailscopePackage.ERROR_CODE__CAUSES, ErrorCode.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailscopePackage.CAUSE__ID:
				return getId();
			case MailscopePackage.CAUSE__CATEGORY:
				return getCategory();
			case MailscopePackage.CAUSE__TITLE:
				return getTitle();
			case MailscopePackage.CAUSE__DESCRIPTION:
				return getDescription();
			case MailscopePackage.CAUSE__CHECKS:
				return getChecks();
			case MailscopePackage.CAUSE__USER_REMEDIES:
				return getUserRemedies();
			case MailscopePackage.CAUSE__ADMIN_REMEDIES:
				return getAdminRemedies();
			case MailscopePackage.CAUSE__ERROR_CODE:
				return getErrorCode();
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
			case MailscopePackage.CAUSE__ID:
				setId((String)newValue);
				return;
			case MailscopePackage.CAUSE__CATEGORY:
				setCategory((CauseCategory)newValue);
				return;
			case MailscopePackage.CAUSE__TITLE:
				setTitle((String)newValue);
				return;
			case MailscopePackage.CAUSE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case MailscopePackage.CAUSE__CHECKS:
				getChecks().clear();
				getChecks().addAll((Collection<? extends String>)newValue);
				return;
			case MailscopePackage.CAUSE__USER_REMEDIES:
				getUserRemedies().clear();
				getUserRemedies().addAll((Collection<? extends String>)newValue);
				return;
			case MailscopePackage.CAUSE__ADMIN_REMEDIES:
				getAdminRemedies().clear();
				getAdminRemedies().addAll((Collection<? extends String>)newValue);
				return;
			case MailscopePackage.CAUSE__ERROR_CODE:
				setErrorCode((ErrorCode)newValue);
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
			case MailscopePackage.CAUSE__ID:
				setId(ID_EDEFAULT);
				return;
			case MailscopePackage.CAUSE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case MailscopePackage.CAUSE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case MailscopePackage.CAUSE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case MailscopePackage.CAUSE__CHECKS:
				getChecks().clear();
				return;
			case MailscopePackage.CAUSE__USER_REMEDIES:
				getUserRemedies().clear();
				return;
			case MailscopePackage.CAUSE__ADMIN_REMEDIES:
				getAdminRemedies().clear();
				return;
			case MailscopePackage.CAUSE__ERROR_CODE:
				setErrorCode((ErrorCode)null);
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
			case MailscopePackage.CAUSE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case MailscopePackage.CAUSE__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case MailscopePackage.CAUSE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case MailscopePackage.CAUSE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case MailscopePackage.CAUSE__CHECKS:
				return checks != null && !checks.isEmpty();
			case MailscopePackage.CAUSE__USER_REMEDIES:
				return userRemedies != null && !userRemedies.isEmpty();
			case MailscopePackage.CAUSE__ADMIN_REMEDIES:
				return adminRemedies != null && !adminRemedies.isEmpty();
			case MailscopePackage.CAUSE__ERROR_CODE:
				return getErrorCode() != null;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", category: ");
		result.append(category);
		result.append(", title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", checks: ");
		result.append(checks);
		result.append(", userRemedies: ");
		result.append(userRemedies);
		result.append(", adminRemedies: ");
		result.append(adminRemedies);
		result.append(')');
		return result.toString();
	}

} //CauseImpl
