DossierSearch.shard("we", {"weaken":"0.6","weaponization":"3.6","weaponry":"4.6","weapons":"1.6,1.5","weeks":"2.4,2.4","went":"2.6","west":"1.2,2.2,1.4","western":"2.7,2.6"});
